package dk.reimbursementdesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run report over many pages: "Page n of N" on each, the column headers repeated at the top of each. */
class LongRunReportTest {

    @TempDir
    Path dir;

    @Test
    void everyPageCountsItselfOfTheTotalAndRepeatsTheColumnHeaders() throws Exception {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ledger.inSessionTransactionDo(s -> s.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(1_00));
            new SyntheticLedgerGenerator(ledger).generate(150, 2, 11);
            Services services = new Services(ledger);
            RunResult run = services.reimbursement().run(new ReimbursementRequest(LocalDate.of(2026, 12, 31), true,
                    Selection.all(CustomerQueryFields.CATALOG)), RunProgress.NONE);
            Path pdf = dir.resolve("long.pdf");
            services.reports().runReport(run.runId(), pdf, Locale.UK);

            PdfText text = PdfText.of(pdf);
            assertTrue(text.pageCount() > 2, "pages: " + text.pageCount());
            int lines = 0;
            for (int page = 1; page <= text.pageCount(); page++) {
                String content = text.page(page);
                assertTrue(content.contains("Page " + page + " of " + text.pageCount()), content);
                assertTrue(content.contains("Reimbursement Customer Name Vendor Currency Amount Amount (DKK) Voucher Vendor invoice Status"),
                        "no column headers on page " + page + ":\n" + content);
                lines += (int) content.lines().filter(l -> l.startsWith("RB-")).count();
            }
            assertEquals(run.reimbursements(), lines);
        }
    }
}
