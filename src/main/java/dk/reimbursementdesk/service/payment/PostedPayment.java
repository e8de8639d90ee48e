package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import java.util.List;

/** One posted payment of a batch, with what it settled. */
public record PostedPayment(int lineNo, String endToEndId, String vendorAccount, String creditorName,
                            String creditorIban, String creditorBic, Money amount, Money amountAcc,
                            String voucherNumber, String paymentDocument, List<String> invoiceDocuments,
                            List<String> reimbursements, String remittance) {

    public PostedPayment {
        invoiceDocuments = List.copyOf(invoiceDocuments);
        reimbursements = List.copyOf(reimbursements);
    }
}
