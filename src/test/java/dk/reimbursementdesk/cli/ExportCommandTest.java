package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of the demo ledger, whose balances DemoLedgerService documents. */
class ExportCommandTest {

    @TempDir
    static Path dir;
    static String file;

    @BeforeAll
    static void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    private static List<String> lines(String csv) {
        assertTrue(csv.isEmpty() || csv.endsWith("\r\n"), "RFC 4180 ends each record with CRLF");
        return List.of(csv.split("\r\n"));
    }

    @Test
    void balancesArePerCustomerAndCurrencyPositiveWhenTheCustomerOwesWithoutZeroRows() {
        Cli.Result result = Cli.run("--ledger", file, "export", "balances");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err());
        assertEquals(List.of(
                "customer,currency,balance",
                "C0001,DKK,-250.00",
                "C0002,DKK,-800.00",
                "C0003,DKK,-50.00",
                "C0004,EUR,-150.00",
                "C0005,EUR,-10.00",
                "C0006,DKK,12500.00",
                "C0008,DKK,-120.00",
                "C0009,DKK,-300.00",
                "C0009,EUR,-20.00",
                "C0010,DKK,500.00",
                "C0011,SEK,-1000.00",
                "C0012,DKK,-800.00"), lines(result.out()));
    }

    @Test
    void customersHaveTheImportColumnsWithTheVendorAccountAndQuoting() {
        List<String> lines = lines(Cli.run("--ledger", file, "export", "customers").out());
        assertEquals("account,name,group,currency,vendor_account,iban,bic", lines.get(0));
        assertEquals("C0001,Bager Hansen ApS,RETAIL,DKK,V0001,DK2230003000123456,DABADKKK", lines.get(1));
        assertEquals("C0002,Møller & Søn A/S,WHOLESALE,DKK,,,", lines.get(2));
        assertEquals(13, lines.size());
    }

    @Test
    void vendorsEndWithTheOneTimeFlag() {
        List<String> lines = lines(Cli.run("--ledger", file, "export", "vendors").out());
        assertEquals("account,name,group,currency,iban,bic,one_time", lines.get(0));
        assertEquals("V0003,Jensen Cykler,REFUNDS,DKK,DK3852950001234567,,false", lines.get(3));
        assertEquals(6, lines.size());
    }

    @Test
    void transactionsHavePositiveAmountsAndSignedOpenAmountsInCurrencyDecimals() {
        List<String> lines = lines(Cli.run("--ledger", file, "export", "transactions").out());
        assertEquals("customer,date,type,document,amount,currency,open,due_date", lines.get(0));
        assertEquals("C0001,2026-09-01,INVOICE,INV-1001,1000.00,DKK,0.00,2026-10-01", lines.get(1));
        assertEquals("C0001,2026-09-20,PAYMENT,PAY-5001,1250.00,DKK,-250.00,", lines.get(2));
        assertTrue(lines.contains("C0009,2026-10-10,CREDIT_NOTE,CN-3009,300.00,DKK,-300.00,"));
        assertEquals(1 + 25, lines.size());
    }

    @Test
    void ratesKeepTheirExactDecimalText() {
        assertEquals(List.of("currency,date,rate", "EUR,2026-01-01,7.46", "EUR,2026-07-01,7.4575", "EUR,2026-10-01,7.4525",
                        "SEK,2026-01-01,0.69", "USD,2026-01-01,6.4"),
                lines(Cli.run("--ledger", file, "export", "rates").out()));
    }

    @Test
    void toAFileItWritesUtf8AndSaysSoOnStandardOutput() throws Exception {
        Path csv = dir.resolve("customers.csv");
        Cli.Result result = Cli.run("--ledger", file, "export", "customers", csv.toString());
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Wrote customers to " + csv + ".\n", result.out());
        assertEquals(Cli.run("--ledger", file, "export", "customers").out(), Files.readString(csv, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void aFileInAFolderThatDoesNotExistIsRefused() {
        Path csv = dir.resolve("no-such-folder").resolve("x.csv");
        Cli.Result result = Cli.run("--ledger", file, "export", "rates", csv.toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith("The file " + csv.toAbsolutePath() + " could not be written: "), result.err());
        assertEquals("", result.out());
        assertFalse(Files.exists(csv));
    }

    @Test
    void anUnknownKindIsAUsageErrorNamingTheKinds() {
        Cli.Result result = Cli.run("--ledger", file, "export", "invoices");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith(
                "\"invoices\" is not something to export; choose one of customers, vendors, transactions, rates, balances, reimbursements.\nUsage:"),
                result.err());
    }

    @Test
    void exportWritesNothingToTheLedger() {
        var before = LedgerFiles.snapshot(file);
        Cli.run("--ledger", file, "export", "transactions");
        assertEquals(before, LedgerFiles.snapshot(file));
    }
}
