package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReimbursementsTest {

    private static final String HEADER = "id,date,customer,vendor,currency,amount,status,customer_name,amount_acc,voucher,vendor_invoice,run";

    @TempDir
    Path dir;

    @Test
    void theHeaderStartsWithTheContractColumnsAndTheListServiceAgrees() {
        assertTrue(HEADER.startsWith("id,date,customer,vendor,currency,amount,status,"));
        assertEquals(HEADER, String.join(",", ReimbursementListService.CSV_COLUMNS));
    }

    @Test
    void anEmptyLedgerExportsTheHeaderAlone() {
        String file = LedgerFiles.demoLedger(dir);
        Cli.Result result = Cli.run("--ledger", file, "export", "reimbursements");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(HEADER + "\r\n", result.out());
    }

    @Test
    void everyReimbursementByNumberWithItsCurrencysDecimalsAndItsStatus() throws Exception {
        String file = LedgerFiles.demoLedger(dir);
        assertEquals(0, Cli.run("--ledger", file, "reimburse", "--date", "2026-11-24").exit());
        assertEquals(0, Cli.run("--ledger", file, "reverse", "RB-000002").exit());
        Cli.Result result = Cli.run("--ledger", file, "export", "reimbursements");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().endsWith("\r\n"));
        List<String> lines = List.of(result.out().split("\r\n"));
        assertEquals(HEADER, lines.get(0));
        assertEquals(9, lines.size());
        assertEquals("RB-000001,2026-11-24,C0001,V0001,DKK,250.00,OPEN,Bager Hansen ApS,250.00,V-000026,RB-000001,1", lines.get(1));
        assertEquals("RB-000002,2026-11-24,C0002,OTV-000001,DKK,800.00,REVERSED,Møller & Søn A/S,800.00,V-000027,RB-000002,1", lines.get(2));
        assertEquals("RB-000003,2026-11-24,C0004,OTV-000002,EUR,150.00,OPEN,Café Europa GmbH,1117.88,V-000028,RB-000003,1", lines.get(3));
        assertEquals("RB-000007,2026-11-24,C0011,OTV-000004,SEK,1000.00,OPEN,Stockholm Design AB,690.00,V-000032,RB-000007,1", lines.get(7));

        Path csv = dir.resolve("reimbursements.csv");
        Cli.Result toFile = Cli.run("--ledger", file, "--locale", "en", "export", "reimbursements", csv.toString());
        assertEquals("Wrote reimbursements to " + csv + ".\n", toFile.out());
        assertEquals(result.out(), Files.readString(csv, StandardCharsets.UTF_8));
    }
}
