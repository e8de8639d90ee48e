package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    @TempDir
    Path dir;

    private static final List<String> ORDER = List.of("vendors", "customers", "rates", "transactions");

    private static void run(String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exit(), result.toString());
    }

    private static void init(Path ledger) {
        run("--ledger", ledger.toString(), "init", "--company", "RT", "--name", "Round Trip A/S", "--currency", "DKK");
    }

    private static void exportAll(Path ledger, Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String kind : ORDER) {
            run("--ledger", ledger.toString(), "export", kind, folder.resolve(kind + ".csv").toString());
        }
    }

    private static void importAll(Path ledger, Path folder) {
        for (String kind : ORDER) {
            run("--ledger", ledger.toString(), "import", kind, folder.resolve(kind + ".csv").toString());
        }
    }

    @Test
    void exportOfImportedDataImportsIntoAFreshLedgerAndExportsIdentically() throws Exception {
        Path source = dir.resolve("source");
        Files.createDirectories(source);
        LedgerFiles.csv(source, "vendors.csv", """
                account,name,group,currency,iban,bic,one_time
                V1,"Fleur de Lys, SARL",REFUNDS,EUR,FR1420041010050500013M02606,BNPAFRPP,false
                V2,Engang,ONCE,DKK,,,true
                """);
        LedgerFiles.csv(source, "customers.csv", """
                account,name,group,currency,vendor_account,iban,bic
                C1,"Fleur de Lys, SARL",RETAIL,EUR,V1,FR1420041010050500013M02606,BNPAFRPP
                C2,"Møller ""& Søn\"\"\",WHOLESALE,DKK,,,
                C3,Yen Trading,WHOLESALE,JPY,,,
                """);
        LedgerFiles.csv(source, "rates.csv", """
                currency,date,rate
                EUR,2026-01-01,7.4600
                EUR,2026-07-01,7.4575
                JPY,2026-01-01,0.0431
                """);
        LedgerFiles.csv(source, "transactions.csv", """
                customer,date,type,document,amount,currency,due_date
                C1,2026-06-15,INVOICE,INV-1,2000.00,,2026-07-15
                C1,2026-06-20,INVOICE,INV-2,333.33,,2026-07-01
                C1,2026-07-02,PAYMENT,PAY-1,1000.00,,
                C1,2026-07-03,CREDIT_NOTE,CN-1,50.00,DKK,
                C2,2026-05-01,INVOICE,INV-3,100.00,,
                C2,2026-05-01,PAYMENT,PAY-2,300.00,,
                C2,2026-05-02,INVOICE,INV-4,50.00,,
                C3,2026-03-01,INVOICE,INV-5,12345,,
                C3,2026-03-09,PAYMENT,PAY-3,345,,
                """);
        Path first = dir.resolve("first.db");
        init(first);
        importAll(first, source);
        assertEquals(List.of(), LedgerFiles.checkFindings(first));
        exportAll(first, dir.resolve("export1"));

        Path second = dir.resolve("second.db");
        init(second);
        importAll(second, dir.resolve("export1"));
        assertEquals(List.of(), LedgerFiles.checkFindings(second));
        exportAll(second, dir.resolve("export2"));

        for (String kind : ORDER) {
            assertEquals(Files.readString(dir.resolve("export1").resolve(kind + ".csv")),
                    Files.readString(dir.resolve("export2").resolve(kind + ".csv")), kind);
        }
        assertEquals(Cli.run("--ledger", first.toString(), "export", "balances").out(),
                Cli.run("--ledger", second.toString(), "export", "balances").out());
    }
}
