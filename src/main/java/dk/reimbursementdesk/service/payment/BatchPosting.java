package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.NumberSequence;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;
import dk.reimbursementdesk.persistence.payment.PaymentBatchStore;
import dk.reimbursementdesk.persistence.payment.PaymentPostingStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.payment.pain.Pain001Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Posts a planned batch set-based, the way the reimbursement run posts: the voucher numbers are
 * reserved as one block, and {@link PaymentPostingStore} writes each kind of row for all payments
 * in one statement. Runs inside the caller's (bulk) transaction: a refusal anywhere, the file check
 * at the end included, rolls everything back, and the voucher guard checks every voucher before
 * the commit.
 */
final class BatchPosting {

    /** In order: the batch, vouchers and their lines, the payments, settlements, reimbursements, the batch's rows. */
    private static final List<Consumer<PaymentPostingStore>> STEPS = List.of(
            PaymentPostingStore::batch, PaymentPostingStore::vouchers, PaymentPostingStore::voucherLines,
            PaymentPostingStore::transactions, PaymentPostingStore::settlements, PaymentPostingStore::reimbursementsPaid,
            PaymentPostingStore::payments);

    private BatchPosting() {
    }

    /**
     * @throws InvalidVendorsException when a vendor cannot be paid and {@code skipInvalid} is false
     */
    static PaymentBatchSummary post(UnitOfWork work, LedgerContext context, PaymentService.BankAccount bank, PaymentPlan plan,
                           LocalDate date, boolean skipInvalid, LocalDateTime now, Pain001Writer writer) {
        if (bank.problemKey() != null) {
            throw PaymentMessages.refusal(bank.problemKey(), bank.iban() == null ? "" : bank.iban(),
                    bank.bic() == null ? "" : bank.bic());
        }
        if (!plan.problems().isEmpty() && !skipInvalid) {
            throw new InvalidVendorsException(plan.problems());
        }
        if (plan.payments() == 0) {
            throw PaymentMessages.refusal("payment.nothingToPay");
        }
        plan.prepare(date);
        Parameters p = context.parameters();
        // Read fresh and row-locked (FOR UPDATE on PostgreSQL) before the block is taken: gapless and unique.
        NumberSequence vouchers = new LedgerStore(work).lockedForNumbers(p.getVoucherSequence());
        long batchId = PaymentPostingStore.nextBatchId(work);
        String batchNumber = PaymentBatchStore.batchNumber(batchId);
        PaymentPostingStore posting = new PaymentPostingStore(work, new PaymentPostingStore.Setup(batchId, batchNumber, date, now,
                bank.iban(), bank.bic(), p.getApControlAccount().getId(), p.getBankAccount().getId(), p.getFxGainAccount().getId(),
                p.getFxLossAccount().getId(), context.accountingCurrencyCode(), vouchers.getPrefix(), vouchers.getWidth(),
                vouchers.reserve(plan.payments())));
        STEPS.forEach(step -> step.accept(posting));
        work.flush();
        PaymentBatchSummary summary = PaymentBatches.summaries(work, batchId).get(0);
        // A batch that could not become a valid file is not posted: the bank would refuse what the
        // books already say was paid. One streamed pass over the batch's transfers.
        writer.validate(FileBatchBuilder.header(summary, context.company().getName(), batchNumber + "-CHECK", now),
                FileBatchBuilder.transfers(work, batchId));
        return summary;
    }
}
