package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.service.payment.Pain002Builder;
import dk.reimbursementdesk.service.payment.PaymentFileReadBack;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-status FILE}: a line per matched transaction, then a summary; again says so; a bad file exits 1 writing nothing. */
class ImportStatusCommandTest {

    @TempDir
    Path dir;
    String file;
    PaymentFileReadBack paid;

    @BeforeEach
    void paid() throws Exception {
        file = LedgerFiles.demoLedger(dir);
        assertEquals(0, Cli.run("--ledger", file, "reimburse", "--date", "2026-11-24", "--where", "account=C0001").exit());
        Path xml = dir.resolve("pay.xml");
        Cli.Result pay = Cli.run("--ledger", file, "pay", "--where", "account=V0001", "--date", "2026-11-25",
                "--pain001", xml.toString());
        assertEquals(0, pay.exit(), pay.toString());
        paid = PaymentFileReadBack.read(Files.readString(xml), Pain001Version.V09);
    }

    @Test
    void printsEachMatchedTransactionThenASummaryAndTheSecondTimeSaysSo() throws Exception {
        String endToEndId = paid.blocks().get(0).transfers().get(0).endToEndId();
        Path report = dir.resolve("status.xml");
        Files.writeString(report, new Pain002Builder("STS-CLI-1", paid.msgId())
                .block(paid.blocks().get(0).pmtInfId(), null, null, Pain002Builder.tx(endToEndId, "RJCT", "AC04", "Closed account"))
                .v10());

        Cli.Result first = Cli.run("--ledger", file, "--locale", "en", "import-status", report.toString());
        assertEquals(0, first.exit(), first.toString());
        assertEquals(endToEndId + "\tRJCT\tAC04 Closed account\n"
                + "Status report STS-CLI-1 (pain.002.001.10, answering " + paid.msgId()
                + "): 1 rejected and reversed, 0 confirmed by the bank, 0 pending, 0 unchanged.\n", first.out());

        var before = LedgerFiles.snapshot(file);
        Cli.Result again = Cli.run("--ledger", file, "--locale", "en", "import-status", report.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().startsWith(endToEndId + "\tRJCT\tAC04 Closed account\nStatus report STS-CLI-1 was already imported on "),
                again.out());
        assertEquals(before, LedgerFiles.snapshot(file));
        assertEquals(0, Cli.run("--ledger", file, "check").exit());
    }

    @Test
    void aFileThatIsNotAStatusReportExitsOneWritingNothing() throws Exception {
        Path garbage = dir.resolve("garbage.xml");
        Files.writeString(garbage, "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>");
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "--locale", "en", "import-status", garbage.toString());
        assertEquals(1, result.exit());
        assertEquals("The file is not a payment status report: a pain.002.001.10 or pain.002.001.03 document was expected.\n",
                result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }
}
