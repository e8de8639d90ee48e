package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.reimbursement.ReimbursementStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.CustomerLedgerWriter;
import dk.reimbursementdesk.service.posting.VendorLedgerWriter;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Undoes one open reimbursement inside the caller's transaction. Posted rows are never changed:
 * <ul>
 *   <li>a voucher that mirrors the original one line by line (so AR control is credited and AP
 *       control debited with exactly the original figures, exchange result included), naming it in
 *       {@code reverses_voucher_id};</li>
 *   <li>customer side: negative settlement rows that take back every settlement the reimbursement
 *       made on the customer's items, which puts their open amounts (transaction and accounting
 *       currency) back to what they were before the run; and a REIMBURSEMENT_REVERSAL transaction
 *       for the reimbursed amount, settled on the same voucher, so AR control and the open items
 *       keep equal. The reimbursement transaction itself stays closed;</li>
 *   <li>vendor side: an INVOICE_REVERSAL transaction that settles the vendor invoice whole.</li>
 * </ul>
 */
final class ReimbursementReversal {

    private final UnitOfWork work;
    private final LedgerContext context;

    ReimbursementReversal(UnitOfWork work, LedgerContext context) {
        this.work = work;
        this.context = context;
    }

    ReversalResult reverse(String number, LocalDate requestedDate) {
        ReimbursementStore reimbursements = new ReimbursementStore(work);
        Reimbursement reimbursement = reimbursements.byNumber(number)
                .orElseThrow(() -> ReimbursementText.refusal("reimbursement.unknown", number));
        if (reimbursement.getStatus() == ReimbursementStatus.REVERSED) {
            throw ReimbursementText.refusal("reimbursement.alreadyReversed", number, reimbursement.getReversalVoucher().getNumber());
        }
        VendorTransaction invoice = reimbursement.getVendorTransaction();
        // Status says PAID once a payment closes the invoice; a part payment already moved money too.
        if (reimbursement.getStatus() == ReimbursementStatus.PAID || invoice.getOpenAmount() != invoice.getAmount()) {
            throw ReimbursementText.refusal("reimbursement.paid", number, reimbursement.getVendor().getAccount());
        }
        LocalDate date = requestedDate == null ? reimbursement.getPostingDate() : requestedDate;
        if (date.isBefore(reimbursement.getPostingDate())) {
            throw ReimbursementText.refusal("reimbursement.reversalBeforePosting", date, reimbursement.getPostingDate());
        }

        Voucher original = reimbursement.getVoucher();
        Voucher reversal = VoucherPoster.open(work, context, date,
                "REIMBURSEMENT_REVERSAL " + number + " " + reimbursement.getCustomer().getAccount(), original);
        for (VoucherLine line : original.getLines()) {
            reversal.addLine(line.getAccount(), line.getCredit(), line.getDebit(), line.getCurrency(), -line.getAmount(),
                    line.getDescription());
        }

        CustomerTransaction reimbursed = reimbursement.getCustomerTransaction();
        for (CustomerSettlement settlement : reimbursements.settlementsOf(original, reimbursed)) {
            CustomerLedgerWriter.reopen(work, reversal, settlement.getTransaction(), settlement.getAmount(), settlement.getAmountAcc());
        }
        CustomerOpenItem undo = CustomerLedgerWriter.add(work, reversal, reimbursement.getCustomer(),
                CustomerTransactionType.REIMBURSEMENT_REVERSAL, date, null, number, reimbursed.getCurrency(),
                reimbursed.getAmount(), reimbursed.getAmountAcc());
        CustomerLedgerWriter.settle(work, reversal, undo, undo.getOpenAmount(), undo.getOpenAmountAcc());

        VendorTransaction closing = VendorLedgerWriter.add(work, reversal, reimbursement.getVendor(),
                VendorTransactionType.INVOICE_REVERSAL, date, null, number, invoice.getCurrency(),
                -invoice.getAmount(), -invoice.getAmountAcc());
        long residue = VendorLedgerWriter.settlePair(work, reversal, invoice, closing, -invoice.getOpenAmount());
        VendorLedgerWriter.postExchangeDifference(context, reversal, residue);

        VoucherPoster.post(work, context, reversal);
        reimbursement.markReversed(reversal);
        AuditLog.append(work, AuditEvent.of("reimbursement-reversal")
                .parameter("reimbursement", number).parameter("date", date)
                .selection(reimbursement.getCustomer().getAccount() + " " + reimbursement.getCustomer().getName())
                .count("reimbursements", 1)
                .total(reimbursed.getCurrency(), BigDecimal.valueOf(reimbursed.getAmount(),
                        work.find(Currency.class, reimbursed.getCurrency()).getDecimals()))
                .created("voucher", reversal.getNumber()));
        return new ReversalResult(number, reversal.getNumber());
    }
}
