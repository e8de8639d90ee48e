package dk.reimbursementdesk.service.payment.pain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The payments of one payment file held in memory, all from one debtor account. A posted batch is
 * written streaming instead, from a {@link CreditTransferHeader} and a {@link TransferSource}.
 *
 * @param messageId              unique per file sent to the bank (banks refuse a repeated one), at most
 *                               35 characters
 * @param debtorBic              may be null; the file then says NOTPROVIDED
 * @param requestedExecutionDate the date for transfers that do not name their own
 */
public record CreditTransferBatch(
        String messageId,
        LocalDateTime creationDateTime,
        String initiatingPartyName,
        String debtorName,
        String debtorIban,
        String debtorBic,
        LocalDate requestedExecutionDate,
        List<CreditTransfer> transfers) {

    public CreditTransferBatch {
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    public CreditTransferHeader header() {
        return new CreditTransferHeader(messageId, creationDateTime, initiatingPartyName, debtorName, debtorIban, debtorBic,
                requestedExecutionDate);
    }
}
