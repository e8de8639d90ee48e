package dk.reimbursementdesk.service.payment.pain;

import java.time.LocalDate;

/**
 * What puts transfers into the same payment information block ({@code PmtInf}): the one place that
 * decides it. Today one block per currency and execution date. A source ({@link TransferSource})
 * must hand the transfers over grouped by this key, so a query feeding the writer orders by the
 * same fields.
 */
public record PaymentInformationKey(String currency, LocalDate executionDate) {

    /** The block of a transfer; a transfer without its own execution date takes the batch's. */
    public static PaymentInformationKey of(CreditTransfer transfer, CreditTransferHeader header) {
        LocalDate date = transfer.requestedExecutionDate() != null
                ? transfer.requestedExecutionDate()
                : header.requestedExecutionDate();
        // A transfer without an amount is refused by the checks; until then it has no currency.
        return new PaymentInformationKey(transfer.amount() == null ? null : transfer.amount().currency(), date);
    }
}
