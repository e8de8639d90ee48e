package dk.reimbursementdesk.service.posting;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.time.LocalDate;
import java.util.List;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.posting.PostingStore;

/**
 * Writes vendor transactions onto an open voucher and settles them: the accounts payable twin of
 * {@link CustomerLedgerWriter}. Signs follow the vendor side of the ledger: an invoice is negative
 * (the company owes), a payment or an invoice reversal is positive. The sum of the vendors' open
 * amounts in accounting currency equals AP control, so every method that moves an open amount
 * either records the same change on the voucher or hands the caller the residue to book.
 *
 * <p>Use it inside the caller's transaction with a voucher from {@link VoucherPoster#open}; the
 * caller adds the general-ledger lines for the transactions themselves (AP control against bank,
 * expense, or whatever the use case posts) and then {@link VoucherPoster#post}s the voucher.
 * Typical uses: a reimbursement's vendor invoice ({@link #add}); a vendor payment
 * ({@link #add} then {@link #settleAgainstOpenInvoices}); closing one particular invoice, as a
 * reversal does ({@link #add} then {@link #settlePair}, then {@link #postExchangeDifference}).
 */
public final class VendorLedgerWriter {

    private VendorLedgerWriter() {
    }

    /**
     * Adds a transaction of {@code amountMinor} (positive; the type gives the sign) whose
     * accounting-currency amount is {@code amountAccMinor} (positive). It is open for its whole
     * amount. Returns it, persisted.
     */
    public static VendorTransaction add(UnitOfWork work, Voucher voucher, Vendor vendor, VendorTransactionType type,
                                        LocalDate date, LocalDate dueDate, String document, String currency,
                                        long amountMinor, long amountAccMinor) {
        if (amountMinor < 0 || amountAccMinor < 0) {
            throw new IllegalArgumentException("Amounts are given positive; the type gives the sign");
        }
        long amount = type.sign() * amountMinor;
        long amountAcc = type.sign() * amountAccMinor;
        VendorTransaction transaction = new VendorTransaction(vendor, voucher, type, date, dueDate, document,
                currency, amount, amountAcc, amount, amountAcc);
        work.persist(transaction);
        return transaction;
    }

    /**
     * Settles a new debit item (payment, invoice reversal) against the vendor's oldest open invoices
     * in the same currency (by due date, then date), and books the exchange difference, if any, on
     * the same voucher. What the invoices cannot absorb stays open on the debit item.
     */
    public static void settleAgainstOpenInvoices(UnitOfWork work, LedgerContext context, Voucher voucher, VendorTransaction debit) {
        if (debit.getOpenAmount() <= 0) {
            return;
        }
        List<VendorTransaction> invoices = new PostingStore(work)
                .openVendorInvoices(debit.getVendor(), debit.getCurrency(), debit.getId());
        long residue = 0;
        for (VendorTransaction invoice : invoices) {
            if (debit.getOpenAmount() == 0) {
                break;
            }
            long part = Math.min(-invoice.getOpenAmount(), debit.getOpenAmount());
            residue += settlePair(work, voucher, invoice, debit, part);
        }
        postExchangeDifference(context, voucher, residue);
    }

    /**
     * Closes every invoice in full against a debit item (a payment) that must equal their open
     * amounts, and books the exchange residue on the voucher.
     */
    public static void settleInFull(UnitOfWork work, LedgerContext context, Voucher voucher, VendorTransaction debit,
                                    List<VendorTransaction> invoices) {
        long residue = 0;
        for (VendorTransaction invoice : invoices) {
            residue += settlePair(work, voucher, invoice, debit, -invoice.getOpenAmount());
        }
        if (debit.getOpenAmount() != 0) {
            throw new IllegalStateException("Payment " + debit.getDocument() + " does not equal the invoices it pays");
        }
        postExchangeDifference(context, voucher, residue);
    }

    /**
     * Closes {@code part} (positive, transaction currency) of an open invoice (negative item) against
     * a debit item (positive) and records both settlements. The accounting-currency parts are taken
     * in proportion to each item's open amount, whole when an item closes, so a closed item never
     * keeps a rounding residue. Returns the accounting-currency residue (invoice part plus debit
     * part): positive is an exchange loss, negative a gain; book it with {@link #postExchangeDifference}.
     */
    public static long settlePair(UnitOfWork work, Voucher voucher, VendorTransaction invoice, VendorTransaction debit, long part) {
        if (part <= 0 || part > -invoice.getOpenAmount() || part > debit.getOpenAmount()) {
            throw new IllegalArgumentException("Part " + part + " does not fit the open amounts "
                    + invoice.getOpenAmount() + " and " + debit.getOpenAmount());
        }
        long invoiceAcc = ExchangeConversion.proportionalPart(invoice.getOpenAmountAcc(), invoice.getOpenAmount(), -part);
        long debitAcc = ExchangeConversion.proportionalPart(debit.getOpenAmountAcc(), debit.getOpenAmount(), part);
        settle(work, voucher, invoice, -part, invoiceAcc);
        settle(work, voucher, debit, part, debitAcc);
        return invoiceAcc + debitAcc;
    }

    /** Takes a signed part off one transaction's open amounts and records the settlement row. */
    public static void settle(UnitOfWork work, Voucher voucher, VendorTransaction transaction, long part, long partAcc) {
        transaction.settle(part, partAcc);
        work.persist(new VendorSettlement(voucher, transaction, part, partAcc));
    }

    /**
     * Books the accounting-currency residue of vendor settlements: the open items fell by
     * {@code residue}, so AP control must fall by the same, against exchange loss (residue > 0: more
     * was paid in accounting currency than the invoice was booked at) or gain (residue < 0).
     */
    public static void postExchangeDifference(LedgerContext context, Voucher voucher, long residue) {
        ExchangeDifference.post(context, voucher, context.parameters().getApControlAccount(), residue);
    }
}
