package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What posting the selected invoices on a date would do, before anything is written.
 *
 * @param leftOut     vendors whose invoices were selected but cannot be paid (invalid IBAN or BIC)
 * @param payments     the first payments in batch order (at most {@link PaymentService#PROPOSAL_ROWS})
 * @param totals       one total per currency over all payments, in currency order
 * @param bankProblem  why the company's bank account cannot pay (a sentence), or null
 * @param paymentCount how many payments posting would make
 * @param invoiceCount how many invoices they would settle
 */
public record PaymentProposal(LocalDate paymentDate, String bankIban, String bankBic, List<ProposedPayment> payments,
                              List<VendorProblem> leftOut, List<Money> totals, String bankProblem, long paymentCount,
                              long invoiceCount) {

    public PaymentProposal {
        payments = List.copyOf(payments);
        leftOut = List.copyOf(leftOut);
        totals = List.copyOf(totals);
    }

    public boolean postable() {
        return bankProblem == null && paymentCount > 0;
    }
}
