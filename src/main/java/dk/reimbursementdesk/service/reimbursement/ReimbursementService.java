package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.backup.Backups;
import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.LedgerAccessException;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;
import dk.reimbursementdesk.persistence.query.SelectionQueries;
import dk.reimbursementdesk.persistence.reimbursement.NumberBlock;
import dk.reimbursementdesk.persistence.reimbursement.PostingSetup;
import dk.reimbursementdesk.persistence.reimbursement.ReimbursementPostingStore;
import dk.reimbursementdesk.service.ledger.ExchangeRates;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The Reimbursement process: previews, runs and reverses reimbursements of customers' credit
 * balances through accounts payable.
 *
 * <p>A run is one database transaction (rule 7): a cancel, an error or a killed process leaves the
 * ledger as it was. The work is set-based SQL on the transaction's own connection (see
 * {@link ReimbursementPlan} and {@link ReimbursementPostingStore}) because loading an entity per customer
 * cannot post a hundred thousand customers in seconds. The preview runs the very same plan and
 * posts nothing.
 */
public final class ReimbursementService {

    private static final int PLAN_STEPS = 4;
    /**
     * Rules 4 and 5, in order: the one-time vendors, then per reimbursement its voucher and lines, the
     * customer's reimbursement transaction and the vendor invoice, the settlements, the settled items
     * closed, and the reimbursement records. Progress is reported and a cancel honoured between them.
     */
    private static final List<Consumer<ReimbursementPostingStore>> POSTING_STEPS = List.of(
            ReimbursementPostingStore::oneTimeVendors, ReimbursementPostingStore::vouchers, ReimbursementPostingStore::voucherLines,
            ReimbursementPostingStore::transactions, ReimbursementPostingStore::settlements,
            ReimbursementPostingStore::closeSettledItems, ReimbursementPostingStore::reimbursements);

    private final Ledger ledger;

    public ReimbursementService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** How many customers the selection names (all of them without ranges). */
    public long countSelectedCustomers(Selection selection) {
        Selection chosen = customers(selection);
        return ledger.inTransaction(work -> new SelectionQueries(work).count(chosen.catalog().source(), chosen.fieldCriteria()));
    }

    /** Every rule of the run, nothing posted: what would be reimbursed and who is left out, and why. */
    public Preview preview(ReimbursementRequest request) {
        return preview(request, Locale.getDefault());
    }

    /** The same, with the reasons for leaving customers out told in {@code locale} (a report's language). */
    public Preview preview(ReimbursementRequest request, Locale locale) {
        LocalDate date = requireDate(request);
        Selection selection = customers(request.selection());
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            ReimbursementPlan plan = plan(work, context, date, request, selection, RunProgress.NONE, 0);
            // The temporary tables go with the unit of work's connection.
            return new PreviewReader(work, context, plan, date, locale).read();
        });
    }

    /**
     * Posts the reimbursements the preview shows, in one transaction.
     *
     * @throws CancellationException when {@code progress} asks to cancel; nothing is written
     * @throws UserException when the run cannot be posted; nothing is written
     */
    public RunResult run(ReimbursementRequest request, RunProgress progress) {
        return post(request, progress, false).result();
    }

    /** What {@link #runShowingPreview} found, and what it posted: null when nothing qualified. */
    public record PreviewedRun(Preview preview, RunResult result) {
    }

    /**
     * Plans once, reads the plan as a preview, and posts it, in one transaction: for a caller that
     * shows what it posts (the {@code reimburse} command) without planning a second time. When no
     * selected customer qualifies, nothing at all is written (not even a run) and the result is null.
     *
     * @throws CancellationException when {@code progress} asks to cancel; nothing is written
     * @throws UserException when the run cannot be posted; nothing is written
     */
    public PreviewedRun runShowingPreview(ReimbursementRequest request, RunProgress progress) {
        return post(request, progress, true);
    }

    private PreviewedRun post(ReimbursementRequest request, RunProgress progress, boolean withPreview) {
        LocalDate date = requireDate(request);
        Selection selection = customers(request.selection());
        RunProgress reporter = progress == null ? RunProgress.NONE : progress;
        String selectionText = selection.describe(Locale.getDefault());
        Backups.before(ledger, BackupReason.RUN, reporter::backingUp, reporter::isCancelled);
        try {
            // A bulk transaction: foreign keys are not probed row by row and the WAL checkpoint
            // follows in the background (see Ledger.inBulkTransaction); every reference the
            // posting writes comes from a join with the row it names.
            return ledger.inBulkTransaction(work -> {
                // Before anything the run decides on is read: a second clerk's run waits and then
                // plans from what this one committed, so no credit is reimbursed twice.
                work.lockForPosting("reimbursement run");
                LedgerContext context = LedgerContext.load(work);
                // The last step is recording the run and its totals.
                int total = PLAN_STEPS + POSTING_STEPS.size() + 1;
                ReimbursementPlan plan = plan(work, context, date, request, selection, reporter, total);
                Parameters p = context.parameters();
                long groups = plan.reimbursements();
                long newVendors = plan.newVendors();
                Preview preview = withPreview ? new PreviewReader(work, context, plan, date, Locale.getDefault()).read() : null;
                if (withPreview && groups == 0) {
                    return new PreviewedRun(preview, null);
                }

                ReimbursementRun run = new ReimbursementRun(date, request.summarize(), selectionText, LocalDateTime.now().withNano(0),
                        System.getProperty("user.name"), p.getMinimumReimbursement());
                work.persist(run);
                NumberBlock vouchers = block(work, p.getVoucherSequence(), groups);
                NumberBlock numbers = block(work, p.getReimbursementSequence(), groups);
                NumberBlock vendors = block(work, p.getOneTimeVendorSequence(), newVendors);
                PostingSetup setup = new PostingSetup(date, request.summarize(), LocalDateTime.now().withNano(0), run.getId(),
                        p.getArControlAccount().getId(), p.getApControlAccount().getId(),
                        p.getFxGainAccount().getId(), p.getFxLossAccount().getId(), p.getOneTimeVendorGroup().getId(),
                        vouchers, numbers, vendors, context.accountingCurrencyCode());
                ReimbursementPostingStore posting = new ReimbursementPostingStore(work, setup);
                int done = PLAN_STEPS;
                for (Consumer<ReimbursementPostingStore> step : POSTING_STEPS) {
                    step.accept(posting);
                    advance(reporter, ++done, total);
                }
                run.recordResult(Math.toIntExact(groups), Math.toIntExact(newVendors));
                ReimbursementPlan.Totals totals = plan.totals(context.accountingDecimals());
                work.flush();
                // the audit log holds what posted: a run that found nothing to reimburse posted nothing
                if (groups > 0) {
                    AuditLog.append(work, runEvent(date, request.summarize(), selectionText,
                            BigDecimal.valueOf(p.getMinimumReimbursement(), context.accountingDecimals()), groups, newVendors, totals,
                            context.accountingCurrencyCode(), run.getId(), numbers, vouchers, vendors));
                }
                advance(reporter, total, total);
                return new PreviewedRun(preview, new RunResult(run.getId(), Math.toIntExact(groups), totals.byCurrency(), totals.acc(),
                        Math.toIntExact(newVendors)));
            });
        } catch (LedgerAccessException e) {
            throw new UserException(ReimbursementText.BUNDLE, "reimbursement.runFailed", new Object[] {e.getCause().getMessage()}, e);
        }
    }

    private static AuditEvent runEvent(LocalDate date, boolean summarize, String selectionText, BigDecimal minimum, long groups,
                                       long newVendors, ReimbursementPlan.Totals totals, String accountingCurrency, long runId,
                                       NumberBlock numbers, NumberBlock vouchers, NumberBlock vendors) {
        AuditEvent event = AuditEvent.of("reimbursement-run")
                .parameter("date", date).parameter("summarize", summarize)
                .parameter("minimum", minimum.toPlainString() + " " + accountingCurrency)
                .selection(selectionText)
                .count("reimbursements", groups).count("one_time_vendors", newVendors);
        totals.byCurrency().forEach(event::total);
        return event.total("acc " + accountingCurrency, totals.acc())
                .created("run", runId).created("reimbursements", numbers.range(groups))
                .created("vouchers", vouchers.range(groups)).created("one_time_vendors", vendors.range(newVendors));
    }

    /**
     * Reverses an open (unpaid) reimbursement: a voucher mirroring the original one, the vendor
     * invoice closed by an invoice reversal, the customer's settled items reopened to exactly what
     * they were open for before the run. The reversal is dated {@code reversalDate}, or the
     * reimbursement's own posting date when null: the original posting date keeps both vouchers in
     * the same period, so the reversal cancels the reimbursement in every report for that period;
     * a later date is for a period that is already closed.
     *
     * @throws UserException when the reimbursement is unknown, paid, already reversed, or the date is
     *                       before its posting date; nothing is written
     */
    public ReversalResult reverse(String reimbursementNumber, LocalDate reversalDate) {
        if (reimbursementNumber == null || reimbursementNumber.isBlank()) {
            throw ReimbursementText.refusal("reimbursement.numberRequired");
        }
        Backups.before(ledger, BackupReason.REVERSAL);
        return ledger.inTransaction(work -> {
            // A payment of the same reimbursement waits for this one, or this one for it: then
            // the reversal reads the invoice paid and refuses.
            work.lockForPosting("reimbursement reversal");
            return new ReimbursementReversal(work, LedgerContext.load(work)).reverse(reimbursementNumber.trim(), reversalDate);
        });
    }

    private static ReimbursementPlan plan(UnitOfWork work, LedgerContext context, LocalDate date, ReimbursementRequest request,
                                          Selection selection, RunProgress progress, int total) {
        ReimbursementPlan plan = new ReimbursementPlan(work, date, request.summarize(), context.accountingCurrencyCode());
        plan.select(selection);
        advance(progress, 1, total);
        plan.balances();
        advance(progress, 2, total);
        List<CurrencyTerms> terms = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : plan.creditCurrencies().entrySet()) {
            BigDecimal rate = ExchangeRates.find(work, entry.getKey(), context.accountingCurrencyCode(), date).orElse(null);
            terms.add(CurrencyTerms.of(entry.getKey(), entry.getValue(), rate, context.accountingDecimals(),
                    context.parameters().getMinimumReimbursement()));
        }
        plan.currencies(terms);
        advance(progress, 3, total);
        plan.groups();
        plan.lower(request.amounts());
        advance(progress, 4, total);
        return plan;
    }

    private static NumberBlock block(UnitOfWork work, NumberSequence sequence, long count) {
        NumberSequence locked = new LedgerStore(work).lockedForNumbers(sequence);
        return new NumberBlock(locked.getPrefix(), locked.getWidth(), locked.reserve(count));
    }

    private static void advance(RunProgress progress, long done, long total) {
        if (progress.isCancelled()) {
            throw new CancellationException("Reimbursement run cancelled; nothing was posted");
        }
        progress.update(done, total);
    }

    private static LocalDate requireDate(ReimbursementRequest request) {
        if (request == null || request.postingDate() == null) {
            throw ReimbursementText.refusal("reimbursement.postingDateRequired");
        }
        return request.postingDate();
    }

    private static Selection customers(Selection selection) {
        if (selection == null) {
            return Selection.all(CustomerQueryFields.CATALOG);
        }
        if (selection.catalog() != CustomerQueryFields.CATALOG) {
            throw ReimbursementText.refusal("reimbursement.selectionNotCustomers");
        }
        return selection;
    }
}
