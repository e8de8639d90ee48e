package dk.reimbursementdesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview report of the demo ledger before any run, read back with PDFBox and compared with the preview itself. */
class PreviewReportTest {

    @TempDir
    Path dir;

    private static String amount(java.math.BigDecimal value) {
        return new ReportFormats(Locale.UK).amount(value);
    }

    @Test
    void thePreviewReportIsTitledAProposalListsTheLeftOutWithTheirReasonsAndPostsNothing() throws Exception {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            Services services = new Services(ledger);
            ReimbursementRequest request = new ReimbursementRequest(LocalDate.of(2026, 11, 24), false,
                    Selection.all(CustomerQueryFields.CATALOG));
            var before = TestLedgers.snapshot(ledger);
            Path pdf = dir.resolve("preview.pdf");
            services.reports().previewReport(request, pdf, Locale.UK);

            assertEquals(before, TestLedgers.snapshot(ledger));
            PdfText text = PdfText.of(pdf);
            // The reasons are sentences that may wrap in their cells: compare without the line breaks.
            String flat = text.all().replaceAll("\\s+", " ");
            Preview preview = services.reimbursement().preview(request, Locale.UK);
            assertTrue(flat.contains("Reimbursement proposal: nothing has been posted"), flat);
            assertTrue(flat.contains("Summarize No"), flat);
            assertFalse(preview.proposals().isEmpty());
            for (Proposal p : preview.proposals()) {
                String expected = String.join(" ", p.customerAccount(), p.customerName(), p.currency(), amount(p.credit()),
                        amount(p.creditAcc()));
                assertTrue(flat.contains(expected), "no «" + expected + "» in\n" + text.all());
            }
            assertFalse(preview.exclusions().isEmpty());
            for (Exclusion e : preview.exclusions()) {
                String expected = (e.customerAccount() + " " + e.customerName() + " " + (e.currency() == null ? "" : e.currency() + " ")
                        + e.explanation()).replaceAll("\\s+", " ");
                assertTrue(flat.contains(expected), "no «" + expected + "» in\n" + text.all());
            }
            assertTrue(flat.contains("Total in DKK " + preview.proposals().size() + " lines " + amount(preview.totalAcc())), flat);
        }
    }
}
