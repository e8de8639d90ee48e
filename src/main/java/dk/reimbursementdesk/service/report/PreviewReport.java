package dk.reimbursementdesk.service.report;

import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The preview report: what a run with these settings would post, and every selected customer it
 * would leave out with the reason. Titled and footed as a proposal, so nobody files it as a posting.
 */
final class PreviewReport {

    /** The settings the preview was made with, as the report states them. */
    record Facts(String company, LocalDate postingDate, boolean summarize, String selection, BigDecimal minimum) {
    }

    private final PdfReport pdf;
    private final ReportText text;
    private final ReportFormats formats;

    PreviewReport(PdfReport pdf, ReportFormats formats) {
        this.pdf = pdf;
        this.text = pdf.text();
        this.formats = formats;
    }

    void write(Facts facts, Preview preview) {
        String acc = preview.accountingCurrency();
        pdf.title(text.text("report.preview.title"));
        pdf.paragraph(text.text("report.preview.notPosted"));
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {text.text("report.company"), facts.company()});
        pairs.add(new String[] {text.text("report.postingDate"), formats.date(facts.postingDate())});
        pairs.add(new String[] {text.text("report.selection"), facts.selection()});
        pairs.add(new String[] {text.text("report.summarize"), text.text(facts.summarize() ? "report.yes" : "report.no")});
        pairs.add(new String[] {text.text("report.minimum"), formats.money(facts.minimum(), acc)});
        pairs.add(new String[] {text.text("report.preview.selected"), formats.count(preview.selectedCustomers())});
        pairs.add(new String[] {text.text("report.preview.count"), formats.count(preview.proposals().size())});
        pairs.add(new String[] {text.text("report.preview.excludedCount"), formats.count(preview.exclusions().size())});
        pairs.add(new String[] {text.text("report.preview.oneTimeVendors"), formats.count(preview.oneTimeVendorsToCreate())});
        pdf.facts(pairs);
        proposals(preview, facts.summarize());
        exclusions(preview.exclusions());
    }

    private void proposals(Preview preview, boolean summarize) {
        pdf.heading(text.text("report.preview.proposals"));
        List<PdfTable.Column> columns = new ArrayList<>(List.of(
                PdfTable.Column.text(text.text("report.col.customer"), 9),
                PdfTable.Column.text(text.text("report.col.customerName"), 22),
                PdfTable.Column.text(text.text("report.col.currency"), 6),
                PdfTable.Column.amount(text.text("report.col.amount"), 11),
                PdfTable.Column.amount(text.text("report.col.amountAcc", preview.accountingCurrency()), 11),
                PdfTable.Column.text(text.text("report.col.vendor"), 12)));
        if (!summarize) {
            columns.add(PdfTable.Column.text(text.text("report.col.creditDocument"), 10));
        }
        PdfTable table = pdf.table(columns);
        String newVendor = text.text("report.preview.newVendor");
        for (Proposal p : preview.proposals()) {
            String vendor = p.newOneTimeVendor() ? newVendor : p.vendorAccount();
            List<String> cells = new ArrayList<>(List.of(p.customerAccount(), p.customerName(), p.currency(),
                    formats.amount(p.credit()), formats.amount(p.creditAcc()), vendor));
            if (!summarize) {
                cells.add(p.sourceDocument() == null ? "" : p.sourceDocument());
            }
            table.row(cells.toArray(String[]::new));
        }
        for (Map.Entry<String, BigDecimal> total : preview.totalsByCurrency().entrySet()) {
            long lines = preview.proposals().stream().filter(p -> p.currency().equals(total.getKey())).count();
            List<String> cells = new ArrayList<>(List.of(text.text("report.totalCurrency", total.getKey()),
                    text.text("report.lines", formats.count(lines), lines), total.getKey(), formats.amount(total.getValue()),
                    formats.amount(accOf(preview, total.getKey())), ""));
            if (!summarize) {
                cells.add("");
            }
            table.totalRow(cells.toArray(String[]::new));
        }
        List<String> grand = new ArrayList<>(List.of(text.text("report.totalAcc", preview.accountingCurrency()),
                text.text("report.lines", formats.count(preview.proposals().size()), preview.proposals().size()), "", "",
                formats.amount(preview.totalAcc()), ""));
        if (!summarize) {
            grand.add("");
        }
        table.totalRow(grand.toArray(String[]::new));
        table.finish();
    }

    /** The accounting-currency sum of one currency's proposals: the preview totals it only per currency and in all. */
    private static BigDecimal accOf(Preview preview, String currency) {
        return preview.proposals().stream().filter(p -> p.currency().equals(currency)).map(Proposal::creditAcc)
                .reduce(BigDecimal.ZERO.setScale(preview.totalAcc().scale()), BigDecimal::add);
    }

    private void exclusions(List<Exclusion> exclusions) {
        pdf.heading(text.text("report.preview.exclusions"));
        if (exclusions.isEmpty()) {
            pdf.paragraph(text.text("report.preview.noExclusions"));
            return;
        }
        PdfTable table = pdf.table(List.of(
                PdfTable.Column.text(text.text("report.col.customer"), 9),
                PdfTable.Column.text(text.text("report.col.customerName"), 20),
                PdfTable.Column.text(text.text("report.col.currency"), 6),
                PdfTable.Column.text(text.text("report.col.reason"), 44)));
        for (Exclusion e : exclusions) {
            table.row(e.customerAccount(), e.customerName(), e.currency() == null ? "" : e.currency(), e.explanation());
        }
        table.finish();
    }
}
