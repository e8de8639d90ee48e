package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.service.report.PdfText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report run|preview|remittance|trial-balance … --pdf FILE} on the demo ledger, reimbursed on 2026-11-24. */
class ReportCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    private Cli.Result report(String... args) {
        String[] line = new String[args.length + 3];
        line[0] = "--ledger";
        line[1] = file;
        line[2] = "report";
        System.arraycopy(args, 0, line, 3, args.length);
        return Cli.run(line);
    }

    @Test
    void runWritesTheRunReportInTheChosenLanguageAndNamesTheFile() throws Exception {
        assertEquals(0, Cli.run("--ledger", file, "reimburse", "--date", "2026-11-24").exit());
        Path pdf = dir.resolve("run.pdf");
        Cli.Result result = report("run", "1", "--pdf", pdf.toString(), "--locale", "da");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Skrev rapporten " + pdf.toAbsolutePath() + ".\n", result.out());
        String text = PdfText.of(pdf).all();
        assertTrue(text.contains("Refusionskørsel 1"), text);
        assertTrue(text.contains("RB-000003 C0004 Café Europa GmbH OTV-000002 EUR 150,00 1.117,88"), text);
        assertTrue(text.contains("I alt i DKK 8 linjer 4.226,93"), text);
    }

    @Test
    void previewWritesAProposalAndPostsNothing() throws Exception {
        var before = LedgerFiles.snapshot(file);
        Path pdf = dir.resolve("preview.pdf");
        Cli.Result result = report("preview", "--where", "currency=EUR", "--date", "2026-11-24", "--summarize", "false",
                "--pdf", pdf.toString(), "--locale", "en");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(before, LedgerFiles.snapshot(file));
        String text = PdfText.of(pdf).all();
        assertTrue(text.contains("Reimbursement proposal: nothing has been posted"), text);
        assertTrue(text.contains("Summarize No"), text);
        assertTrue(text.contains("C0004 Café Europa GmbH EUR 150.00 1,117.88 new one-time vendor PAY-5004"), text);
        assertTrue(text.contains("C0005 Fleur de Lys SARL EUR"), text);
    }

    @Test
    void remittanceAndTrialBalanceWriteTheirReports() throws Exception {
        assertEquals(0, Cli.run("--ledger", file, "reimburse", "--date", "2026-11-24").exit());
        assertEquals(0, Cli.run("--ledger", file, "pay", "--date", "2026-11-25", "--skip-invalid",
                "--pain001", dir.resolve("p.xml").toString()).exit());
        Path advice = dir.resolve("advice.pdf");
        Cli.Result remittance = report("remittance", "PB-000001", "--pdf", advice.toString(), "--locale", "en");
        assertEquals(0, remittance.exit(), remittance.toString());
        assertEquals(7, PdfText.of(advice).pageCount());
        Path tb = dir.resolve("tb.pdf");
        Cli.Result trial = report("trial-balance", "--date", "2026-11-30", "--pdf", tb.toString(), "--locale", "en");
        assertEquals(0, trial.exit(), trial.toString());
        assertTrue(PdfText.of(tb).all().contains("Trial balance as of 30/11/2026"));
    }

    @Test
    void anUnknownRunIsRefusedWithASentenceAndExit1() {
        Path pdf = dir.resolve("none.pdf");
        Cli.Result result = report("run", "7", "--pdf", pdf.toString(), "--locale", "en");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("There is no reimbursement run 7.\n", result.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aMissingPdfOptionOrReportIsAUsageError() {
        Cli.Result noPdf = report("trial-balance", "--locale", "en");
        assertEquals(2, noPdf.exit(), noPdf.toString());
        assertTrue(noPdf.err().contains("--pdf"), noPdf.toString());
        Cli.Result noReport = report("--locale", "en");
        assertEquals(2, noReport.exit(), noReport.toString());
        assertTrue(noReport.err().contains("Name the report: run, preview, remittance or trial-balance."), noReport.toString());
    }
}
