package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.testing.TestLedgers;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit} and {@code audit verify}: every posting command leaves an entry; an edited entry is found. */
class AuditCommandTest {

    @TempDir
    Path dir;
    String file;

    /** Four posting commands: a run, a reversal, a payment batch, an import. */
    @BeforeEach
    void posted() {
        file = LedgerFiles.demoLedger(dir);
        ok("reimburse", "--date", "2026-11-24", "--where", "account=C0001..C0004");
        ok("reverse", "RB-000002");
        ok("pay", "--where", "account=V0001", "--date", "2026-11-25", "--pain001", dir.resolve("pay.xml").toString());
        ok("import", "vendors", LedgerFiles.csv(dir, "vendors.csv", "account,name,group,currency\nV9,Nine,G,DKK\n").toString());
    }

    private Cli.Result ok(String... command) {
        Cli.Result result = run(command);
        assertEquals(0, result.exit(), result.toString());
        return result;
    }

    private Cli.Result run(String... command) {
        String[] args = new String[command.length + 4];
        args[0] = "--ledger";
        args[1] = file;
        args[2] = "--locale";
        args[3] = "en";
        System.arraycopy(command, 0, args, 4, command.length);
        return Cli.run(args);
    }

    /**
     * Plain SQL on the ledger, as someone with a SQLite shell (or psql) would type it; PostgreSQL's
     * DROP TRIGGER names the trigger's table.
     */
    private void sql(String... statements) {
        LedgerFiles.with(file, ledger -> {
            for (String statement : statements) {
                TestLedgers.execute(ledger, statement, statement.startsWith("DROP TRIGGER ") ? statement + " ON audit_entry" : statement);
            }
            return null;
        });
    }

    @Test
    void verifySaysTheChainIsIntactWithTheNumberOfEntries() {
        Cli.Result result = ok("audit", "verify");
        assertEquals("audit: 4 entries, chain intact\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void theDanishVerifyLineIsTheSameContractLine() {
        Cli.Result result = Cli.run("--ledger", file, "--locale", "da", "audit", "verify");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("audit: 4 entries, chain intact\n", result.out());
    }

    @Test
    void auditExportsEveryEntryAsCsvWithTheCommandItCameFrom() throws Exception {
        Cli.Result result = ok("audit");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(result.out())).getRecords();
        assertEquals(List.of("id", "time", "user", "origin", "action", "parameters", "selection", "counts", "totals", "created", "hash"),
                rows.get(0).toList());
        assertEquals(5, rows.size(), result.out());
        assertEquals(List.of("reimbursement-run", "reimbursement-reversal", "payment-batch", "import"),
                rows.subList(1, 5).stream().map(r -> r.get(4)).toList());
        CSVRecord run = rows.get(1);
        assertEquals("1", run.get(0));
        assertTrue(run.get(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"), run.get(1));
        assertEquals(System.getProperty("user.name"), run.get(2));
        assertEquals("command --ledger " + file + " --locale en reimburse --date 2026-11-24 --where account=C0001..C0004", run.get(3));
        assertEquals("date=2026-11-24; summarize=true; minimum=100.00 DKK", run.get(5));
        assertEquals("Account is from C0001 to C0004", run.get(6));
        assertEquals("reimbursements=3; one_time_vendors=2", run.get(7));
        assertEquals("run=1; reimbursements=RB-000001..RB-000003; vouchers=" + run.get(9).split("vouchers=")[1].split(";")[0]
                + "; one_time_vendors=OTV-000001..OTV-000002", run.get(9));
        assertTrue(run.get(10).matches("[0-9a-f]{64}"), run.get(10));
        CSVRecord reversal = rows.get(2);
        assertEquals("reimbursement=RB-000002; date=2026-11-24", reversal.get(5));
        assertTrue(reversal.get(9).startsWith("voucher="), reversal.get(9));
        CSVRecord batch = rows.get(3);
        assertEquals("date=2026-11-25; skip_invalid=false; currency=; due_on_or_before=; reimbursements_only=false; except_invoices=0",
                batch.get(5));
        assertTrue(batch.get(9).startsWith("batch=PB-000001; payments=PB-000001-0001"), batch.get(9));
        CSVRecord imported = rows.get(4);
        assertTrue(imported.get(5).startsWith("kind=vendors; file=vendors.csv; sha256="), imported.get(5));
        assertEquals("rows=1; settlements=0", imported.get(7));
    }

    @Test
    void anEntryEditedWithPlainSqlIsNamedByVerifyWithExit1() {
        sql("DROP TRIGGER audit_entry_no_update", "UPDATE audit_entry SET totals = replace(totals, '=', '=1') WHERE id = 2");
        Cli.Result result = run("audit", "verify");
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.out().startsWith("audit: entry 2 of 4 (reimbursement-reversal, "), result.out());
    }

    @Test
    void checkVerifiesTheChainTooAndNamesTheBrokenEntryWithExit1() {
        assertEquals(0, run("check").exit());
        sql("DROP TRIGGER audit_entry_no_update", "UPDATE audit_entry SET totals = replace(totals, '=', '=1') WHERE id = 2");
        Cli.Result result = run("check");
        assertEquals(1, result.exit(), result.toString());
        String time = LedgerFiles.with(file, ledger -> TestLedgers.rows(ledger, "SELECT recorded_at FROM audit_entry WHERE id = 2").get(0));
        assertEquals("Audit log: entry 2 of 4 (reimbursement-reversal, " + time + ") does not match its hash: it, or an entry "
                + "before it, was changed or removed after it was written.\n", result.out());
    }

    @Test
    void theLogRefusesTheProgramsOwnUpdatesAndDeletes() {
        LedgerFiles.with(file, ledger -> {
            for (String sql : List.of("UPDATE audit_entry SET os_user = 'someone' WHERE id = 1", "DELETE FROM audit_entry WHERE id = 4")) {
                try {
                    TestLedgers.execute(ledger, sql);
                    throw new AssertionError("not refused: " + sql);
                } catch (RuntimeException refused) {
                    assertTrue(String.valueOf(refused.getMessage()).length() > 0);
                }
            }
            return null;
        });
        assertEquals("audit: 4 entries, chain intact\n", ok("audit", "verify").out());
    }

    @Test
    void aRemovedEntryInTheMiddleBreaksTheChainAtTheOneAfterIt() {
        sql("DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE id = 2");
        Cli.Result result = run("audit", "verify");
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.out().startsWith("audit: entry 3 of 3 (payment-batch, "), result.out());
    }
}
