package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import java.util.List;

/** One payment the batch would make: to one vendor in one currency, settling the listed invoices in full. */
public record ProposedPayment(String vendorAccount, String vendorName, String iban, String bic, Money amount,
                              List<Long> invoiceIds, List<String> reimbursements, String remittance) {

    public ProposedPayment {
        invoiceIds = List.copyOf(invoiceIds);
        reimbursements = List.copyOf(reimbursements);
    }
}
