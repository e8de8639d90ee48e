package dk.reimbursementdesk.service.payment.pain;

import java.time.LocalDate;

/**
 * What puts transfers into the same payment information block ({@code PmtInf}): the one place that
 * decides it. One block per currency, execution date and scheme: a EUR transfer to an IBAN of a SEPA
 * scheme country ({@link SepaSchemeCountries}) goes into a SEPA block (service level SEPA, charges
 * SLEV), every other transfer into a non-SEPA block (no service level, charges SHAR). A source
 * ({@link TransferSource}) must hand the transfers over grouped by this key, so a query feeding the
 * writer orders by the same fields.
 */
public record PaymentInformationKey(String currency, LocalDate executionDate, boolean sepa) {

    public static final String SEPA_CURRENCY = "EUR";

    /** The block of a transfer; a transfer without its own execution date takes the batch's. */
    public static PaymentInformationKey of(CreditTransfer transfer, CreditTransferHeader header) {
        LocalDate date = transfer.requestedExecutionDate() != null
                ? transfer.requestedExecutionDate()
                : header.requestedExecutionDate();
        // A transfer without an amount is refused by the checks; until then it has no currency.
        String currency = transfer.amount() == null ? null : transfer.amount().currency();
        return new PaymentInformationKey(currency, date, isSepa(currency, transfer.creditorIban()));
    }

    /** The SEPA scheme's reach: euro, to an account in a scheme country. */
    public static boolean isSepa(String currency, String creditorIban) {
        return SEPA_CURRENCY.equals(currency) && SepaSchemeCountries.standard().coversIban(creditorIban);
    }
}
