package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import dk.reimbursementdesk.service.backup.Backups;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.LedgerAccessException;
import dk.reimbursementdesk.persistence.payment.PaymentBatchStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.payment.pain.FileTotals;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.payment.pain.Pain001Writer;
import dk.reimbursementdesk.service.query.Selection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Vendor payments: lists open vendor invoices, proposes one payment per vendor and currency, posts a
 * batch of payments in one transaction (all land or none), and writes the batch's pain.001 file, as
 * often as asked, each time with a new message id. The screen and the {@code pay} command both call
 * this; neither needs anything else.
 */
public final class PaymentService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MESSAGE_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final Ledger ledger;
    private final Clock clock;
    /** How many payments a proposal lists; its totals and counts cover all of them. */
    public static final int PROPOSAL_ROWS = 1_000;

    private final Pain001Writer writer = new Pain001Writer();

    public PaymentService(Ledger ledger) {
        this(ledger, Clock.systemDefaultZone());
    }

    /** With a clock, so tests can pin posting and file creation times. */
    public PaymentService(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The open vendor invoices the query selects, by vendor, currency and due date. */
    public List<OpenInvoice> openInvoices(OpenInvoiceQuery query) {
        Locale locale = Locale.getDefault();
        return ledger.inTransaction(work -> OpenInvoiceReader.read(work, locale, query));
    }

    /** The company bank account payments go out from: its IBAN and BIC from the parameters. */
    public BankAccount companyBankAccount() {
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            return bankAccount(context, Locale.getDefault());
        });
    }

    /**
     * Page {@code index} (zero-based) of {@code pageSize} open invoices the query selects, with their
     * count and totals, read in one transaction; when the rows have shrunk below the page (a filter,
     * another window's posting), the last page there is.
     */
    public OpenInvoicePage openInvoicePage(OpenInvoiceQuery query, int index, int pageSize) {
        Locale locale = Locale.getDefault();
        return ledger.inTransaction(work -> {
            OpenInvoiceSummary summary = OpenInvoiceReader.summary(work, query);
            int last = (int) Math.max(0, (summary.count() - 1) / pageSize);
            int shown = Math.max(0, Math.min(index, last));
            return new OpenInvoicePage(shown, summary, OpenInvoiceReader.page(work, locale, query, shown * pageSize, pageSize));
        });
    }

    /** How many open invoices the query selects, and what they owe per currency, counted in SQL. */
    public OpenInvoiceSummary openInvoiceSummary(OpenInvoiceQuery query) {
        return ledger.inTransaction(work -> OpenInvoiceReader.summary(work, query));
    }

    /** What posting these invoices on {@code date} would do; writes nothing. */
    public PaymentProposal propose(Collection<Long> invoiceIds, LocalDate date) {
        return propose(InvoiceSelection.of(invoiceIds), date);
    }

    /**
     * What posting the selection on {@code date} would do, planned in SQL as posting plans it; writes
     * nothing. The totals and counts cover every payment; the first {@value #PROPOSAL_ROWS} payments
     * are listed.
     */
    public PaymentProposal propose(InvoiceSelection selection, LocalDate date) {
        Locale locale = Locale.getDefault();
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            BankAccount bank = bankAccount(context, locale);
            PaymentPlan plan = new PaymentPlan(work, context, selection, locale);
            return new PaymentProposal(date, bank.iban(), bank.bic(), plan.firstPayments(PROPOSAL_ROWS), plan.problems(),
                    plan.totals(), bank.problem(), plan.payments(), plan.payableInvoices());
        });
    }

    /** The posted batches, newest first. */
    public List<PaymentBatchSummary> batches() {
        return ledger.inTransaction(work -> PaymentBatches.summaries(work, null));
    }

    public PaymentBatchSummary batch(long batchId) {
        return ledger.inTransaction(work -> PaymentBatches.summaries(work, batchId))
                .stream().findFirst()
                .orElseThrow(() -> PaymentMessages.refusal("payment.batchUnknown", batchId));
    }

    /**
     * A posted batch by its number ({@code PB-000001}, any case) or its id ({@code 1}), as a user
     * types it on the command line.
     */
    public PaymentBatchSummary batch(String numberOrId) {
        String given = numberOrId == null ? "" : numberOrId.strip();
        return ledger.inTransaction(work -> {
            Long id = given.matches("[0-9]{1,18}") ? Long.valueOf(given) : new PaymentBatchStore(work).idOf(given).orElse(null);
            return id == null ? List.<PaymentBatchSummary>of() : PaymentBatches.summaries(work, id);
        }).stream().findFirst().orElseThrow(() -> PaymentMessages.refusal("payment.batchUnknown", given));
    }

    /** The payments of a posted batch, in file order. */
    public List<PostedPayment> payments(long batchId) {
        return ledger.inTransaction(work -> PaymentBatches.payments(work, batchId));
    }

    // ---- posting -------------------------------------------------------------------------------

    /**
     * Pays the selected open vendor invoices on {@code date}: one payment per vendor and currency
     * settling its invoices in full, each with a balanced voucher (Dr AP control, Cr bank) at the
     * date's rate; reimbursements whose vendor invoice is now paid become paid. One transaction,
     * posted set-based (see {@link BatchPosting}).
     *
     * @param skipInvalid leave out vendors without a valid IBAN (or with a malformed BIC) and name
     *                    them in the result; when false such vendors refuse the whole batch
     * @throws InvalidVendorsException when a vendor cannot be paid and {@code skipInvalid} is false
     * @throws UserException           for any other refusal; nothing is written then
     */
    public PaymentRun post(Collection<Long> invoiceIds, LocalDate date, boolean skipInvalid) {
        return post(invoiceIds == null ? InvoiceSelection.of(List.of()) : InvoiceSelection.of(invoiceIds), date, skipInvalid);
    }

    /** As {@link #post(Collection, LocalDate, boolean)}, for the ticked invoices or all a filter selects but some. */
    public PaymentRun post(InvoiceSelection selection, LocalDate date, boolean skipInvalid) {
        if (date == null) {
            throw PaymentMessages.refusal("payment.dateRequired");
        }
        if (selection == null || selection.isEmpty()) {
            throw PaymentMessages.refusal("payment.nothingSelected");
        }
        return postPlanned(selection, date, skipInvalid, plan -> {
            if (selection.filter() == null && plan.chosenInvoices() != selection.ids().size()) {
                throw PaymentMessages.refusal("payment.invoiceNotOpen", selection.ids().size() - plan.chosenInvoices());
            }
            if (plan.chosenInvoices() == 0) {
                throw PaymentMessages.refusal("payment.nothingSelected");
            }
        });
    }

    /**
     * The {@code pay} command: every open invoice of the selected vendors, paid on {@code date}.
     * Same rules as {@link #post}.
     */
    public PaymentRun payVendors(Selection vendors, LocalDate date, boolean skipInvalid) {
        if (date == null) {
            throw PaymentMessages.refusal("payment.dateRequired");
        }
        Locale locale = Locale.getDefault();
        InvoiceSelection selection = InvoiceSelection.allBut(new OpenInvoiceQuery(vendors, null, null, false), List.of());
        return postPlanned(selection, date, skipInvalid, plan -> {
            if (plan.chosenInvoices() == 0) {
                throw PaymentMessages.refusal("payment.nothingOpen", vendors.describe(locale));
            }
        });
    }

    private PaymentRun postPlanned(InvoiceSelection selection, LocalDate date, boolean skipInvalid, Consumer<PaymentPlan> check) {
        Locale locale = Locale.getDefault();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Backups.before(ledger, BackupReason.PAYMENT);
        try {
            // A bulk transaction, like the reimbursement run: every reference it writes comes from a
            // join with the row it names (see Ledger.inBulkTransaction).
            return ledger.inBulkTransaction(work -> {
                // Before the open invoices are read: a second clerk's batch plans from what this one committed.
                work.lockForPosting("payment batch");
                LedgerContext context = LedgerContext.load(work);
                PaymentPlan plan = new PaymentPlan(work, context, selection, locale);
                check.accept(plan);
                PaymentBatchSummary batch = BatchPosting.post(work, context, bankAccount(context, locale), plan, date, skipInvalid,
                        now, writer);
                AuditLog.append(work, batchEvent(selection, date, skipInvalid, batch, plan.problems().size(),
                        new PaymentBatchStore(work).ends(batch.id(), row -> new String[] {row.text("end_to_end_id"),
                                row.text("voucher_number")}), locale));
                return new PaymentRun(batch, () -> payments(batch.id()), plan.problems());
            });
        } catch (LedgerAccessException e) {
            throw PaymentMessages.failure("payment.postFailed", e);
        }
    }

    /** {@code ends}: the first and the last payment's end-to-end id and voucher number, in line order. */
    private static AuditEvent batchEvent(InvoiceSelection selection, LocalDate date, boolean skipInvalid, PaymentBatchSummary batch,
                                         int leftOut, List<String[]> ends, Locale locale) {
        AuditEvent event = AuditEvent.of("payment-batch").parameter("date", date).parameter("skip_invalid", skipInvalid);
        OpenInvoiceQuery filter = selection.filter();
        if (filter == null) {
            event.parameter("invoices", selection.ids().size());
        } else {
            event.parameter("currency", filter.currency()).parameter("due_on_or_before", filter.dueOnOrBefore())
                    .parameter("reimbursements_only", filter.reimbursementsOnly()).parameter("except_invoices", selection.ids().size())
                    .selection(filter.vendors().describe(locale));
        }
        event.count("payments", batch.paymentCount()).count("vendors_left_out", leftOut);
        batch.totals().forEach(total -> event.total(total.currency(), total.amount()));
        event.created("batch", batch.number());
        if (!ends.isEmpty()) {
            String[] first = ends.get(0);
            String[] last = ends.get(ends.size() - 1);
            event.created("payments", range(first[0], last[0])).created("vouchers", range(first[1], last[1]));
        }
        return event;
    }

    private static String range(String first, String last) {
        return first.equals(last) ? first : first + ".." + last;
    }

    // ---- the bank file -------------------------------------------------------------------------

    /**
     * Writes the batch's payment file to {@code out} with a new message id and records that id on
     * the batch. The stream is flushed, not closed.
     */
    public WrittenFile writeFile(long batchId, Pain001Version version, OutputStream out) throws IOException {
        return export(batchId, version, out, null);
    }

    /**
     * Writes the batch's payment file to {@code file} (replacing it; a half-written file never takes
     * its place) and records the path and message id on the batch.
     */
    public WrittenFile exportFile(long batchId, Pain001Version version, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, ".payment-", ".xml.part");
        try {
            WrittenFile written;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                written = export(batchId, version, out, target);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private WrittenFile export(long batchId, Pain001Version version, OutputStream out, Path target) throws IOException {
        if (version == null) {
            throw PaymentMessages.refusal("payment.versionRequired");
        }
        try {
            return ledger.inTransaction(work -> {
                // First: the export count below is then the committed one, and the next clerk's waits for this.
                new PaymentBatchStore(work).lockForExport(batchId);
                LedgerContext context = LedgerContext.load(work);
                PaymentBatchSummary batch = PaymentBatches.summaries(work, batchId).stream().findFirst()
                        .orElseThrow(() -> PaymentMessages.refusal("payment.batchUnknown", batchId));
                String problem = BankAccountCheck.bankProblemKey(batch.bankIban(), batch.bankBic());
                if (problem != null) {
                    throw PaymentMessages.refusal(problem, nullToEmpty(batch.bankIban()), nullToEmpty(batch.bankBic()));
                }
                LocalDateTime now = LocalDateTime.now(clock).withNano(0);
                int exportNo = batch.exportCount() + 1;
                String messageId = batch.number() + "-" + exportNo + "-" + MESSAGE_STAMP.format(now);
                FileTotals totals;
                try {
                    totals = writer.write(FileBatchBuilder.header(batch, context.company().getName(), messageId, now),
                            FileBatchBuilder.transfers(work, batchId), version, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                new PaymentBatchStore(work).recordExport(batchId, exportNo, messageId, version.namespace()
                        .substring(version.namespace().lastIndexOf(':') + 1), STAMP.format(now),
                        target == null ? null : target.toString());
                return new WrittenFile(batchId, batch.number(), version, messageId, totals.transactionCount(),
                        totals.controlSum(), target);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The company's bank account for payments, and why it cannot pay (null when it can). */
    public record BankAccount(String ledgerAccount, String ledgerAccountName, String iban, String bic,
                              String problemKey, String problem) {
    }

    private static BankAccount bankAccount(LedgerContext context, Locale locale) {
        var p = context.parameters();
        String iban = BankAccountCheck.blankToNull(p.getBankIban());
        String bic = BankAccountCheck.blankToNull(p.getBankBic());
        String key = BankAccountCheck.bankProblemKey(iban, bic);
        return new BankAccount(p.getBankAccount().getNumber(), p.getBankAccount().getName(), iban, bic, key,
                key == null ? null : PaymentMessages.text(locale, key, nullToEmpty(iban), nullToEmpty(bic)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
