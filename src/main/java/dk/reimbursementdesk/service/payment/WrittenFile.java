package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import java.math.BigDecimal;
import java.nio.file.Path;

/** A payment file written for a batch: its message id, transaction count and control sum as in the group header. */
public record WrittenFile(long batchId, String batchNumber, Pain001Version version, String messageId,
                          int transactionCount, BigDecimal controlSum, Path file) {
}
