package dk.reimbursementdesk.service.posting;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.time.LocalDate;
import java.util.List;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.posting.PostingStore;

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
     * accounting-currency amount is {@code amountAccMinor} (positive), open for all of it. Returns
     * its open item, persisted with it.
     */
    public static CustomerOpenItem add(UnitOfWork work, Voucher voucher, Customer customer, CustomerTransactionType type,
                                       LocalDate date, LocalDate dueDate, String document, String currency,
                                       long amountMinor, long amountAccMinor) {
        CustomerTransaction transaction = new CustomerTransaction(customer, voucher, type, date, dueDate, document,
                currency, type.sign() * amountMinor, type.sign() * amountAccMinor);
        work.persist(transaction);
        CustomerOpenItem item = CustomerOpenItem.whole(transaction);
        work.persist(item);
        return item;
    }

    /** Settles a new credit (payment, credit note) against the customer's oldest open invoices. */
    public static void settleAgainstOpenInvoices(UnitOfWork work, LedgerContext context, Voucher voucher, CustomerOpenItem credit) {
        if (credit.getOpenAmount() >= 0) {
            return;
        }
        List<CustomerOpenItem> invoices = new PostingStore(work)
                .openCustomerInvoices(credit.getKey().customerId(), credit.getKey().currency());
        long fxDifference = 0;
        for (CustomerOpenItem invoice : invoices) {
            if (credit.getOpenAmount() == 0) {
                break;
            }
            long part = Math.min(invoice.getOpenAmount(), -credit.getOpenAmount());
            fxDifference += settlePair(work, voucher, invoice, credit, part);
        }
        postExchangeDifference(context, voucher, fxDifference);
    }

    /**
     * Closes {@code part} of a debit item against a credit item and records both sides. Returns the
     * accounting-currency residue (debit side plus credit side): positive is a loss, negative a gain.
     */
    public static long settlePair(UnitOfWork work, Voucher voucher, CustomerOpenItem debit, CustomerOpenItem credit, long part) {
        long debitAcc = ExchangeConversion.proportionalPart(debit.getOpenAmountAcc(), debit.getOpenAmount(), part);
        long creditAcc = ExchangeConversion.proportionalPart(credit.getOpenAmountAcc(), credit.getOpenAmount(), -part);
        settle(work, voucher, debit, part, debitAcc);
        settle(work, voucher, credit, -part, creditAcc);
        return debitAcc + creditAcc;
    }

    /** Takes {@code part} off an open item and records the settlement; a closed item leaves the table. */
    public static void settle(UnitOfWork work, Voucher voucher, CustomerOpenItem item, long part, long partAcc) {
        item.settle(part, partAcc);
        work.persist(new CustomerSettlement(voucher, item.getTransaction(), part, partAcc));
        if (item.isClosed()) {
            work.remove(item);
        }
    }

    /**
     * Puts back {@code part} (and {@code partAcc}) of a transaction that an earlier settlement took,
     * by a settlement of the opposite sign on {@code voucher}: the transaction is open again by
     * that much more, whether or not it was closed.
     */
    public static void reopen(UnitOfWork work, Voucher voucher, CustomerTransaction transaction, long part, long partAcc) {
        CustomerOpenItem item = work.find(CustomerOpenItem.class, CustomerOpenItem.Key.of(transaction));
        if (item == null) {
            // Settled before it is persisted: Hibernate inserts the state it holds at persist, and
            // the table refuses an open item of zero.
            item = CustomerOpenItem.closed(transaction);
            item.settle(-part, -partAcc);
            work.persist(item);
            work.persist(new CustomerSettlement(voucher, transaction, -part, -partAcc));
        } else {
            settle(work, voucher, item, -part, -partAcc);
        }
    }

    /**
     * Books the accounting-currency residue of settlements: the open items fell by {@code residue},
     * so AR control must fall by the same, against exchange loss (residue > 0) or gain (residue < 0).
     */
    public static void postExchangeDifference(LedgerContext context, Voucher voucher, long residue) {
        ExchangeDifference.post(context, voucher, context.parameters().getArControlAccount(), residue);
    }
}
