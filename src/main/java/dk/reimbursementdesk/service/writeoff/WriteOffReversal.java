package dk.reimbursementdesk.service.writeoff;

import dk.reimbursementdesk.domain.CustomerOpenItem;
import dk.reimbursementdesk.domain.CustomerSettlement;
import dk.reimbursementdesk.domain.CustomerTransaction;
import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.domain.VoucherLine;
import dk.reimbursementdesk.domain.WriteOff;
import dk.reimbursementdesk.domain.WriteOffStatus;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.writeoff.WriteOffStore;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.CustomerLedgerWriter;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import java.time.LocalDate;

/**
 * Undoes one write-off inside the caller's transaction, the way a reimbursement is reversed: a voucher
 * mirroring the original line by line (naming it in {@code reverses_voucher_id}); negative settlements
 * that take back every settlement the write-off made on the customer's items, so they are open again
 * for exactly what they were; and a WRITE_OFF_REVERSAL transaction for the amount written off, settled
 * on the same voucher, so AR control and the open items stay equal.
 */
final class WriteOffReversal {

    private final UnitOfWork work;
    private final LedgerContext context;

    WriteOffReversal(UnitOfWork work, LedgerContext context) {
        this.work = work;
        this.context = context;
    }

    SmallCreditService.Reversal reverse(String number, LocalDate requestedDate) {
        WriteOffStore store = new WriteOffStore(work);
        WriteOff writeOff = store.byNumber(number).orElseThrow(() -> WriteOffText.refusal("writeoff.unknown", number));
        if (writeOff.getStatus() == WriteOffStatus.REVERSED) {
            throw WriteOffText.refusal("writeoff.alreadyReversed", number, writeOff.getReversalVoucher().getNumber());
        }
        LocalDate date = requestedDate == null ? writeOff.getPostingDate() : requestedDate;
        if (date.isBefore(writeOff.getPostingDate())) {
            throw WriteOffText.refusal("writeoff.reversalBeforePosting", date, writeOff.getPostingDate());
        }
        Voucher original = writeOff.getVoucher();
        Voucher reversal = VoucherPoster.open(work, context, date,
                "WRITE_OFF_REVERSAL " + number + " " + writeOff.getCustomer().getAccount(), original);
        for (VoucherLine line : original.getLines()) {
            reversal.addLine(line.getAccount(), line.getCredit(), line.getDebit(), line.getCurrency(), -line.getAmount(),
                    line.getDescription());
        }
        for (CustomerSettlement settlement : store.settledItems(writeOff)) {
            CustomerLedgerWriter.reopen(work, reversal, settlement.getTransaction(), settlement.getAmount(), settlement.getAmountAcc());
        }
        CustomerTransaction written = writeOff.getCustomerTransaction();
        CustomerOpenItem undo = CustomerLedgerWriter.add(work, reversal, writeOff.getCustomer(),
                CustomerTransactionType.WRITE_OFF_REVERSAL, date, null, number, written.getCurrency(),
                written.getAmount(), written.getAmountAcc());
        CustomerLedgerWriter.settle(work, reversal, undo, undo.getOpenAmount(), undo.getOpenAmountAcc());
        VoucherPoster.post(work, context, reversal);
        writeOff.markReversed(reversal);
        AuditLog.append(work, AuditEvent.of("write-off-reversal")
                .parameter("write-off", number).parameter("date", date)
                .selection(writeOff.getCustomer().getAccount() + " " + writeOff.getCustomer().getName())
                .count("write-offs", 1)
                .total(writeOff.getCurrency(), java.math.BigDecimal.valueOf(writeOff.getAmount(),
                        work.find(dk.reimbursementdesk.domain.Currency.class, writeOff.getCurrency()).getDecimals()))
                .created("voucher", reversal.getNumber()));
        return new SmallCreditService.Reversal(number, reversal.getNumber());
    }
}
