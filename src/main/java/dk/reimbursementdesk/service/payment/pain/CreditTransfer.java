package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.domain.Money;
import java.time.LocalDate;

/**
 * One payment to a creditor.
 *
 * @param endToEndId             the reference that travels to the creditor and back on the statement; at
 *                               most 35 characters
 * @param instructionId          our reference for the debtor's bank, at most 35 characters; may be null
 * @param amount                 positive, with the currency's decimals
 * @param creditorBic            may be null: within SEPA the bank finds the creditor's bank from the IBAN
 * @param remittanceText         what the creditor sees; may be null, cut to 140 characters
 * @param requestedExecutionDate may be null to use the batch's date
 */
public record CreditTransfer(
        String endToEndId,
        String instructionId,
        Money amount,
        String creditorName,
        String creditorIban,
        String creditorBic,
        String remittanceText,
        LocalDate requestedExecutionDate) {

    public CreditTransfer(String endToEndId, String instructionId, Money amount, String creditorName,
            String creditorIban, String creditorBic, String remittanceText) {
        this(endToEndId, instructionId, amount, creditorName, creditorIban, creditorBic, remittanceText, null);
    }
}
