package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.domain.VendorSettlement;
import dk.reimbursementdesk.domain.VendorTransaction;
import dk.reimbursementdesk.domain.VendorTransactionType;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/**
 * The vendor side of a payment, mirroring the customer ledger writer with opposite signs: a vendor
 * invoice is negative (we owe), a payment positive. The payment closes the chosen invoices in full;
 * when they were booked at other rates than the payment's, the accounting-currency residue goes to
 * exchange gain or loss against AP control on the same voucher, so AP control keeps equal to the
 * vendors' open items.
 */
final class VendorPaymentPoster {

    private VendorPaymentPoster() {
    }

    /**
     * Posts Dr AP control / Cr bank for {@code amount} (positive minor units of {@code currency}) worth
     * {@code amountAcc} in accounting currency, and adds the vendor payment transaction.
     */
    static VendorTransaction addPayment(Session session, LedgerContext context, Voucher voucher, Vendor vendor,
                                        LocalDate date, String document, String currency, long amount, long amountAcc) {
        Parameters p = context.parameters();
        voucher.addLine(p.getApControlAccount(), amountAcc, 0, currency, amount, null);
        voucher.addLine(p.getBankAccount(), 0, amountAcc, currency, -amount, null);
        VendorTransaction payment = new VendorTransaction(vendor, voucher, VendorTransactionType.PAYMENT, date, null,
                document, currency, amount, amountAcc, amount, amountAcc);
        session.persist(payment);
        return payment;
    }

    /**
     * Closes every invoice in full against the payment, which must equal their open amounts, and books
     * the exchange residue. Returns the residue (positive: a loss).
     */
    static long settleInFull(Session session, LedgerContext context, Voucher voucher, VendorTransaction payment,
                             List<VendorTransaction> invoices) {
        long residue = 0;
        for (VendorTransaction invoice : invoices) {
            // The invoice is negative; the part of the payment that meets it is the same amount, positive.
            long part = -invoice.getOpenAmount();
            long invoiceAcc = invoice.getOpenAmountAcc();
            long paymentAcc = ExchangeConversion.proportionalPart(payment.getOpenAmountAcc(), payment.getOpenAmount(), part);
            settle(session, voucher, invoice, -part, invoiceAcc);
            settle(session, voucher, payment, part, paymentAcc);
            residue += invoiceAcc + paymentAcc;
        }
        if (payment.getOpenAmount() != 0) {
            throw new IllegalStateException("Payment " + payment.getDocument() + " does not equal the invoices it pays");
        }
        postExchangeDifference(context, voucher, residue);
        return residue;
    }

    private static void settle(Session session, Voucher voucher, VendorTransaction transaction, long part, long partAcc) {
        transaction.settle(part, partAcc);
        session.persist(new VendorSettlement(voucher, transaction, part, partAcc));
    }

    /**
     * The open items fell by {@code residue} in accounting currency, so AP control must fall by the
     * same: a positive residue means the payment cost more than the invoices were booked at (a loss).
     */
    static void postExchangeDifference(LedgerContext context, Voucher voucher, long residue) {
        if (residue == 0) {
            return;
        }
        Parameters p = context.parameters();
        String acc = context.accountingCurrencyCode();
        if (residue > 0) {
            voucher.addLine(p.getFxLossAccount(), residue, 0, acc, residue, null);
            voucher.addLine(p.getApControlAccount(), 0, residue, acc, -residue, null);
        } else {
            voucher.addLine(p.getApControlAccount(), -residue, 0, acc, -residue, null);
            voucher.addLine(p.getFxGainAccount(), 0, -residue, acc, residue, null);
        }
    }
}
