package dk.reimbursementdesk.service.payment.pain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a payment file says once, above its transfers: the message and the debtor. With a
 * {@link TransferSource} it is a whole file; see {@link CreditTransferBatch} for the fields.
 */
public record CreditTransferHeader(
        String messageId,
        LocalDateTime creationDateTime,
        String initiatingPartyName,
        String debtorName,
        String debtorIban,
        String debtorBic,
        LocalDate requestedExecutionDate) {
}
