package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Reimbursement;
import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.domain.VendorSettlement;
import dk.reimbursementdesk.domain.VendorTransaction;
import dk.reimbursementdesk.domain.VendorTransactionType;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.domain.VoucherLine;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.bankstatus.BankStatusStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.VendorLedgerWriter;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import java.time.LocalDate;

/**
 * Undoes one vendor payment the bank rejected, inside the caller's transaction, as a reversal
 * undoes a reimbursement: nothing posted is changed.
 * <ul>
 *   <li>a voucher that mirrors the payment's voucher line by line, naming it in
 *       {@code reverses_voucher_id}: Dr bank, Cr AP control at the payment's own rate (and its
 *       exchange result, if it had one, taken back too), so the money is back in the bank account
 *       exactly as it left;</li>
 *   <li>vendor side: negative settlement rows that take back every settlement the payment made, so
 *       the vendor invoices are open again for what they were before; and a negative payment (a
 *       PAYMENT of minus the amount, the bank's return of it, document the same EndToEndId) settled
 *       against the payment on the same voucher, so AP control and the open items keep equal. A
 *       negative payment rather than a new transaction type, because SQLite cannot widen the
 *       type's CHECK constraint without rebuilding the table every payment refers to;</li>
 *   <li>the reimbursements the payment paid go from Paid back to Open.</li>
 * </ul>
 * The voucher goes through {@link VoucherPoster} and so past the voucher guard at commit.
 */
final class PaymentRejection {

    private PaymentRejection() {
    }

    static Voucher post(UnitOfWork work, LedgerContext context, BankStatusStore store, long paymentId, long voucherId,
                        long vendorTransactionId, String endToEndId, String vendorAccount, LocalDate date) {
        Voucher original = work.find(Voucher.class, voucherId);
        VendorTransaction payment = work.find(VendorTransaction.class, vendorTransactionId);
        LocalDate on = date.isBefore(original.getPostingDate()) ? original.getPostingDate() : date;
        Voucher reversal = VoucherPoster.open(work, context, on, "PAYMENT_REJECTED " + endToEndId + " " + vendorAccount, original);
        for (VoucherLine line : original.getLines()) {
            reversal.addLine(line.getAccount(), line.getCredit(), line.getDebit(), line.getCurrency(), -line.getAmount(),
                    line.getDescription());
        }
        for (VendorSettlement settlement : store.vendorSettlementsOf(original)) {
            VendorLedgerWriter.settle(work, reversal, settlement.getTransaction(), -settlement.getAmount(), -settlement.getAmountAcc());
        }
        VendorTransaction returned = new VendorTransaction(payment.getVendor(), reversal, VendorTransactionType.PAYMENT, on,
                null, endToEndId, payment.getCurrency(), -payment.getAmount(), -payment.getAmountAcc(),
                -payment.getAmount(), -payment.getAmountAcc());
        work.persist(returned);
        long residue = VendorLedgerWriter.settlePair(work, reversal, returned, payment, payment.getOpenAmount());
        VendorLedgerWriter.postExchangeDifference(context, reversal, residue);
        VoucherPoster.post(work, context, reversal);
        for (Reimbursement reimbursement : store.reimbursementsPaidBy(paymentId)) {
            if (reimbursement.getStatus() == ReimbursementStatus.PAID) {
                reimbursement.reopenAfterBankRejection();
            }
        }
        return reversal;
    }
}
