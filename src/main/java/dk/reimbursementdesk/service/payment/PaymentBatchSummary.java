package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A posted payment batch as the batch list shows it.
 *
 * @param filePath    the payment file last written to a file, or null when none was
 * @param fileVersion the pain.001 version last written ("pain.001.001.09"), or null
 * @param messageId   the message id of the last file written, or null
 */
public record PaymentBatchSummary(long id, String number, LocalDate paymentDate, LocalDateTime postedAt,
                                  String bankIban, String bankBic, int paymentCount, List<Money> totals,
                                  int exportCount, Path filePath, String fileVersion, String messageId,
                                  LocalDateTime exportedAt) {

    public PaymentBatchSummary {
        totals = List.copyOf(totals);
    }
}
