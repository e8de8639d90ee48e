package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One open vendor invoice as the Vendor payments screen lists it.
 *
 * @param openAmount         what is still owed, positive
 * @param reimbursements     the numbers of the reimbursements behind the invoice (empty for other invoices)
 * @param customerAccount    the customer of the (first) reimbursement, or null
 * @param accountProblem     why this vendor cannot be paid (a sentence), or null when its IBAN and BIC are fine
 * @param bankStatus         when the bank rejected the invoice's latest payment (which reopened it), that as
 *                           the lists show it ("Open, rejected by bank: AC04 Closed account"); else empty
 */
public record OpenInvoice(long transactionId, String vendorAccount, String vendorName, String vendorGroup,
                          String iban, String bic, String document, LocalDate transactionDate, LocalDate dueDate,
                          Money openAmount, List<String> reimbursements, String customerAccount, String customerName,
                          String accountProblem, String bankStatus) {

    public OpenInvoice {
        reimbursements = List.copyOf(reimbursements);
    }

    public boolean payable() {
        return accountProblem == null;
    }
}
