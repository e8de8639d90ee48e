package dk.reimbursementdesk.service.posting;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;

/**
 * The one gate every voucher passes: it takes the number, refuses an unbalanced voucher (so the
 * surrounding transaction rolls back and nothing is written), then saves it with its lines.
 * Services call it inside their own transaction.
 */
public final class VoucherPoster {

    private VoucherPoster() {
    }

    public static Voucher open(UnitOfWork work, LedgerContext context, LocalDate date, String description, Voucher reverses) {
        if (date == null) {
            throw new UserException("posting.dateRequired");
        }
        String number = new LedgerStore(work).lockedForNumbers(context.parameters().getVoucherSequence()).next();
        Voucher voucher = new Voucher(number, date, description == null ? "" : description, reverses, LocalDateTime.now().withNano(0));
        // Saved at once so transactions can point at it; if it never balances, the transaction
        // rolls back and the row goes with it.
        work.persist(voucher);
        return voucher;
    }

    public static Voucher post(UnitOfWork work, LedgerContext context, Voucher voucher) {
        if (voucher.getLines().isEmpty()) {
            throw new UserException("posting.noLines", voucher.getNumber());
        }
        if (!voucher.balances()) {
            int decimals = context.accountingDecimals();
            throw new UserException("posting.unbalanced", voucher.getNumber(),
                    java.math.BigDecimal.valueOf(voucher.totalDebit(), decimals).toPlainString(),
                    java.math.BigDecimal.valueOf(voucher.totalCredit(), decimals).toPlainString());
        }
        work.flush();
        return voucher;
    }
}
