package dk.reimbursementdesk.service.posting;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes customer transactions onto an open voucher and settles them. Settlement follows the
 * foundation rule: a payment or credit note closes the customer's oldest open invoices in the same
 * currency (by due date, then date); what is left stays open as a credit. When the closed parts were
 * booked at different rates, the accounting-currency difference goes to realized exchange gain or
 * loss on the same voucher, against AR control, so AR control keeps equal to the open items.
 */
public final class CustomerLedgerWriter {

    private CustomerLedgerWriter() {
    }

    /**
     * Adds a transaction of {@code amountMinor} (positive; the type gives the sign) whose
     * accounting-currency amount is {@code amountAccMinor} (positive). Returns it, persisted.
     */
    public static CustomerTransaction add(Session session, Voucher voucher, Customer customer, CustomerTransactionType type,
                                          LocalDate date, LocalDate dueDate, String document, String currency,
                                          long amountMinor, long amountAccMinor) {
        long amount = type.sign() * amountMinor;
        long amountAcc = type.sign() * amountAccMinor;
        CustomerTransaction transaction = new CustomerTransaction(customer, voucher, type, date, dueDate, document,
                currency, amount, amountAcc, amount, amountAcc);
        session.persist(transaction);
        return transaction;
    }

    /** Settles a new credit (payment, credit note) against the customer's oldest open invoices. */
    public static void settleAgainstOpenInvoices(Session session, LedgerContext context, Voucher voucher, CustomerTransaction credit) {
        if (credit.getOpenAmount() >= 0) {
            return;
        }
        List<CustomerTransaction> invoices = session.createSelectionQuery("""
                        from CustomerTransaction t
                        where t.customer = :customer and t.currency = :currency and t.openAmount > 0 and t.id <> :self
                        order by coalesce(t.dueDate, t.transactionDate), t.transactionDate, t.id""", CustomerTransaction.class)
                .setParameter("customer", credit.getCustomer())
                .setParameter("currency", credit.getCurrency())
                .setParameter("self", credit.getId())
                .getResultList();
        long fxDifference = 0;
        for (CustomerTransaction invoice : invoices) {
            if (credit.getOpenAmount() == 0) {
                break;
            }
            long part = Math.min(invoice.getOpenAmount(), -credit.getOpenAmount());
            fxDifference += settlePair(session, voucher, invoice, credit, part);
        }
        postExchangeDifference(context, voucher, fxDifference);
    }

    /**
     * Closes {@code part} of a debit item against a credit item and records both sides. Returns the
     * accounting-currency residue (debit side plus credit side): positive is a loss, negative a gain.
     */
    public static long settlePair(Session session, Voucher voucher, CustomerTransaction debit, CustomerTransaction credit, long part) {
        long debitAcc = ExchangeConversion.proportionalPart(debit.getOpenAmountAcc(), debit.getOpenAmount(), part);
        long creditAcc = ExchangeConversion.proportionalPart(credit.getOpenAmountAcc(), credit.getOpenAmount(), -part);
        settle(session, voucher, debit, part, debitAcc);
        settle(session, voucher, credit, -part, creditAcc);
        return debitAcc + creditAcc;
    }

    public static void settle(Session session, Voucher voucher, CustomerTransaction transaction, long part, long partAcc) {
        transaction.settle(part, partAcc);
        session.persist(new CustomerSettlement(voucher, transaction, part, partAcc));
    }

    /**
     * Books the accounting-currency residue of settlements: the open items fell by {@code residue},
     * so AR control must fall by the same, against exchange loss (residue > 0) or gain (residue < 0).
     */
    public static void postExchangeDifference(LedgerContext context, Voucher voucher, long residue) {
        ExchangeDifference.post(context, voucher, context.parameters().getArControlAccount(), residue);
    }
}
