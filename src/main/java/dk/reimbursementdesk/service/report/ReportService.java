package dk.reimbursementdesk.service.report;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.report.RemittanceQueries;
import dk.reimbursementdesk.persistence.report.RunReportQueries;
import dk.reimbursementdesk.persistence.payment.Concatenated;
import dk.reimbursementdesk.service.gl.GeneralLedgerQueries;
import dk.reimbursementdesk.service.gl.TrialBalance;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The printed reports, each a PDF in the language asked for: the reimbursement run report, the
 * preview report, remittance advice for a payment batch, and the trial balance. Each is read in one
 * read-only transaction; the run report's lines go from the result set to the PDF row by row.
 * Written to a file, a report appears whole or not at all (see {@link ReportFile}).
 */
public final class ReportService {

    private final Ledger ledger;
    private final ReimbursementService reimbursement;
    private final GeneralLedgerQueries generalLedger;

    public ReportService(Ledger ledger, ReimbursementService reimbursement, GeneralLedgerQueries generalLedger) {
        this.ledger = ledger;
        this.reimbursement = reimbursement;
        this.generalLedger = generalLedger;
    }

    /** The report of a posted run. @throws dk.reimbursementdesk.domain.UserException for an unknown run */
    public void runReport(long runId, Path file, Locale locale) {
        ReportFile.write(file, out -> runReport(runId, out, locale));
    }

    public void runReport(long runId, OutputStream out, Locale locale) {
        ledger.inTransactionDo(work -> {
            RunReportQueries queries = new RunReportQueries(work);
            RunReport.Facts facts = queries.run(runId, RunReport.Facts.MAPPER)
                    .orElseThrow(() -> ReportText.refusal("report.runUnknown", String.valueOf(runId)));
            List<RunReport.Total> totals = queries.totals(runId, RunReport.totalMapper(facts.accountingDecimals()));
            ReportText text = new ReportText(locale);
            try (PdfReport pdf = open(out, text, true, text.text("report.run.head", facts.company(), String.valueOf(runId)))) {
                RunReport report = new RunReport(pdf, new ReportFormats(locale), facts);
                report.open();
                queries.eachLine(runId, row -> row, report::line);
                report.close(totals);
            }
        });
    }

    /** What a run with these settings would post and whom it would leave out; nothing is posted. */
    public void previewReport(ReimbursementRequest request, Path file, Locale locale) {
        ReportFile.write(file, out -> previewReport(request, out, locale));
    }

    public void previewReport(ReimbursementRequest request, OutputStream out, Locale locale) {
        Preview preview = reimbursement.preview(request, locale);
        LedgerContext context = ledger.inTransaction(LedgerContext::load);
        PreviewReport.Facts facts = new PreviewReport.Facts(context.company().getName(), request.postingDate(), request.summarize(),
                request.selection().describe(locale),
                BigDecimal.valueOf(context.parameters().getMinimumReimbursement(), context.accountingDecimals()));
        ReportText text = new ReportText(locale);
        try (PdfReport pdf = open(out, text, true, text.text("report.preview.head", facts.company()))) {
            new PreviewReport(pdf, new ReportFormats(locale)).write(facts, preview);
        }
    }

    /**
     * One page of remittance advice per payment of a batch, named by its number ("PB-000001") or id.
     *
     * @throws dk.reimbursementdesk.domain.UserException for an unknown batch
     */
    public void remittance(String batch, Path file, Locale locale) {
        ReportFile.write(file, out -> remittance(batch, out, locale));
    }

    public void remittance(String batch, OutputStream out, Locale locale) {
        ledger.inTransactionDo(work -> {
            RemittanceQueries queries = new RemittanceQueries(work);
            String named = batch == null ? "" : batch.strip();
            Long id = named.matches("\\d{1,18}") ? Long.valueOf(named) : queries.batchId(named).orElse(null);
            RemittanceAdvice.Batch header = id == null ? null : queries.batch(id, row -> new RemittanceAdvice.Batch(row.number("id"),
                    row.text("number"), row.date("payment_date"), row.text("company_name"))).orElse(null);
            if (header == null) {
                throw ReportText.refusal("report.batchUnknown", named);
            }
            List<RemittanceAdvice.Payment> payments = queries.payments(header.id(), row -> new RemittanceAdvice.Payment(
                    row.number("payment_id"), row.integer("line_no"), row.text("creditor_name"), row.text("creditor_iban"),
                    row.text("vendor_account"), row.text("currency"), row.money("amount", row.integer("decimals")),
                    row.text("customer_account"), row.text("customer_name")));
            List<RemittanceAdvice.Settled> settled = queries.settled(header.id(), row -> new RemittanceAdvice.Settled(
                    row.number("payment_id"), row.text("invoice_document"), row.date("invoice_date"),
                    row.money("paid", row.integer("decimals")), row.text("reimbursement"),
                    row.text("reimbursement_date") == null ? null : row.date("reimbursement_date"),
                    Concatenated.texts(row, "credit_documents")));
            ReportText text = new ReportText(locale);
            try (PdfReport pdf = open(out, text, false, text.text("report.remittance.head", header.company(), header.number()))) {
                new RemittanceAdvice(pdf, new ReportFormats(locale)).write(header, payments, settled);
            }
        });
    }

    /** The trial balance as of {@code asOf} (today when null). */
    public void trialBalance(LocalDate asOf, Path file, Locale locale) {
        ReportFile.write(file, out -> trialBalance(asOf, out, locale));
    }

    public void trialBalance(LocalDate asOf, OutputStream out, Locale locale) {
        TrialBalance balance = generalLedger.trialBalance(asOf == null ? LocalDate.now() : asOf);
        String company = generalLedger.companyInfo().name();
        ReportText text = new ReportText(locale);
        try (PdfReport pdf = open(out, text, false, text.text("report.trialBalance.head", company))) {
            new TrialBalanceReport(pdf, new ReportFormats(locale)).write(company, balance);
        }
    }

    private static PdfReport open(OutputStream out, ReportText text, boolean landscape, String head) {
        String printed = text.text("report.printed", new ReportFormats(text.locale()).dateTime(LocalDateTime.now()),
                System.getProperty("user.name"));
        return new PdfReport(out, text, landscape, head, printed);
    }
}
