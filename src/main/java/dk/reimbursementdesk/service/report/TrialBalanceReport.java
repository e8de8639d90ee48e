package dk.reimbursementdesk.service.report;

import dk.reimbursementdesk.service.gl.TrialBalance;
import dk.reimbursementdesk.service.gl.TrialBalanceRow;
import java.util.List;

/** The trial balance as of a date: every ledger account's debit, credit and balance, and the totals. */
final class TrialBalanceReport {

    private final PdfReport pdf;
    private final ReportText text;
    private final ReportFormats formats;

    TrialBalanceReport(PdfReport pdf, ReportFormats formats) {
        this.pdf = pdf;
        this.text = pdf.text();
        this.formats = formats;
    }

    void write(String company, TrialBalance balance) {
        String acc = balance.accountingCurrency();
        pdf.title(text.text("report.trialBalance.title", formats.date(balance.asOf())));
        pdf.facts(List.of(
                new String[] {text.text("report.company"), company},
                new String[] {text.text("report.trialBalance.asOf"), formats.date(balance.asOf())},
                new String[] {text.text("report.trialBalance.currency"), acc}));
        PdfTable table = pdf.table(List.of(
                PdfTable.Column.text(text.text("report.col.account"), 8),
                PdfTable.Column.text(text.text("report.col.accountName"), 30),
                PdfTable.Column.amount(text.text("report.col.debit", acc), 12),
                PdfTable.Column.amount(text.text("report.col.credit", acc), 12),
                PdfTable.Column.amount(text.text("report.col.balance", acc), 12)));
        for (TrialBalanceRow row : balance.rows()) {
            table.row(row.accountNumber(), row.accountName(), formats.amount(row.debit()), formats.amount(row.credit()),
                    formats.amount(row.balance()));
        }
        table.totalRow(text.text("report.total"), "", formats.amount(balance.totalDebit()), formats.amount(balance.totalCredit()),
                formats.amount(balance.totalBalance()));
        table.finish();
        pdf.paragraph(text.text(balance.balances() ? "report.trialBalance.balances" : "report.trialBalance.doesNotBalance"));
    }
}
