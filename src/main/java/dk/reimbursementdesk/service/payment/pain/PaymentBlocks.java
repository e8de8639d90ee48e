package dk.reimbursementdesk.service.payment.pain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payment information blocks of one file in the order they come, with their counts and sums, and
 * the file's totals. The header and each block carry their totals before their transfers, so the
 * first pass ({@link Pain001Checks}) fills this and the second ({@link Pain001Document}) reads it;
 * only these totals are held between the two, never the transfers.
 */
final class PaymentBlocks {

    private final Map<PaymentInformationKey, BlockTotals> byKey = new LinkedHashMap<>();
    private int count;
    private BigDecimal sum = BigDecimal.ZERO;

    void add(PaymentInformationKey key, CreditTransfer transfer) {
        byKey.computeIfAbsent(key, k -> new BlockTotals()).add(transfer.amount().amount());
        count++;
        sum = sum.add(transfer.amount().amount());
    }

    /** How many transfers the whole file has. */
    int count() {
        return count;
    }

    /** The plain sum of every transfer's amount, across currencies. */
    BigDecimal sum() {
        return sum;
    }

    /** How many blocks there are. */
    int size() {
        return byKey.size();
    }

    /** The counted totals of one block; null for a key that was not counted. */
    BlockTotals of(PaymentInformationKey key) {
        return byKey.get(key);
    }

    FileTotals totals() {
        return new FileTotals(count, sum);
    }

    /** One block's transfer count and control sum. */
    static final class BlockTotals {
        private int count;
        private BigDecimal sum = BigDecimal.ZERO;

        void add(BigDecimal amount) {
            count++;
            sum = sum.add(amount);
        }

        int count() {
            return count;
        }

        BigDecimal sum() {
            return sum;
        }
    }
}
