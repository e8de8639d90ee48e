package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.bankstatus.BankStatusStore;
import dk.reimbursementdesk.service.payment.pain.CreditTransferHeader;
import dk.reimbursementdesk.service.payment.pain.PaymentInformationKey;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment file a status report answers, as far as a report without transaction details needs
 * it: the EndToEndIds of the whole file, and of each payment information block in file order. Our
 * message ids are {@code <batch number>-<export>-<yyyyMMddHHmmss>} and our PmtInfIds end in
 * {@code -<block number>}; the blocks are rebuilt from the batch with the writer's own grouping
 * ({@link PaymentInformationKey}), the one place that decides them.
 */
final class OriginalFile {

    private static final Pattern MESSAGE_ID = Pattern.compile("^(.+)-(\\d+)-(\\d{14})$");
    private static final Pattern BLOCK_NUMBER = Pattern.compile("-(\\d{1,6})$");

    private final List<List<String>> blocks;

    private OriginalFile(List<List<String>> blocks) {
        this.blocks = blocks;
    }

    static OriginalFile of(UnitOfWork work, BankStatusStore store, String originalMessageId) {
        Matcher m = MESSAGE_ID.matcher(originalMessageId == null ? "" : originalMessageId.strip());
        if (!m.matches()) {
            return new OriginalFile(List.of());
        }
        return store.batchId(m.group(1)).map(batchId -> {
            PaymentBatchSummary batch = PaymentBatches.summaries(work, batchId).get(0);
            CreditTransferHeader header = FileBatchBuilder.header(batch, "", originalMessageId, LocalDateTime.MIN);
            Map<PaymentInformationKey, List<String>> byBlock = new LinkedHashMap<>();
            FileBatchBuilder.transfers(work, batchId).forEach(transfer -> byBlock
                    .computeIfAbsent(PaymentInformationKey.of(transfer, header), k -> new ArrayList<>())
                    .add(transfer.endToEndId()));
            return new OriginalFile(List.copyOf(byBlock.values()));
        }).orElse(new OriginalFile(List.of()));
    }

    List<String> all() {
        return blocks.stream().flatMap(List::stream).toList();
    }

    /** The EndToEndIds of the block a PmtInfId names (blocks are numbered from 1); none for a stranger. */
    List<String> block(String paymentInformationId) {
        Matcher m = BLOCK_NUMBER.matcher(paymentInformationId == null ? "" : paymentInformationId.strip());
        if (!m.find()) {
            return List.of();
        }
        int number = Integer.parseInt(m.group(1));
        return number >= 1 && number <= blocks.size() ? blocks.get(number - 1) : List.of();
    }
}
