package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * selections, selection save|delete, and reimburse / pay --selection on the demo ledger, whose
 * balances on 2026-11-24 ReimburseCommandTest lists: of C0001..C0004, C0001 (250.00 DKK), C0002
 * (800.00 DKK) and C0004 (150.00 EUR) are reimbursed and C0003 (50.00 DKK) is below the minimum.
 */
class SelectionCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    @AfterEach
    void ledgerChecks() {
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    private Cli.Result desk(String... args) {
        List<String> line = new ArrayList<>(List.of("--ledger", file, "--locale", "en"));
        line.addAll(List.of(args));
        return Cli.run(line.toArray(String[]::new));
    }

    @Test
    void aSavedSelectionIsListedAsNameTabCriteriaByName() {
        assertEquals(0, desk("selection", "save", "Friday", "--where", "account=C0001..C0004").exit());
        Cli.Result saved = desk("selection", "save", "euro", "--where", "currency=EUR;group=EXPORT");
        assertEquals(0, saved.exit(), saved.toString());
        assertEquals("Saved the selection euro: currency=EUR;group=EXPORT\n", saved.out());

        Cli.Result listed = desk("selections");
        assertEquals(0, listed.exit(), listed.toString());
        assertEquals("euro\tcurrency=EUR;group=EXPORT\nFriday\taccount=C0001..C0004\n", listed.out());
        assertEquals("", listed.err());
    }

    @Test
    void reimburseWithASavedSelectionReimbursesJustThoseCustomers() {
        assertEquals(0, desk("selection", "save", "Friday", "--where", "account=C0001..C0004").exit());
        Cli.Result run = desk("reimburse", "--selection", "friday", "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("""
                Reimbursements:
                C0001\tBager Hansen ApS\tDKK\t250.00\t250.00\tV0001
                C0002\tMøller & Søn A/S\tDKK\t800.00\t800.00\tnew one-time vendor
                C0004\tCafé Europa GmbH\tEUR\t150.00\t1117.88\tnew one-time vendor

                Left out:
                C0003\tDKK\tThe credit of 50.00 DKK is below the minimum reimbursement of 100.00 DKK.

                Reimbursed 3 credit balances of 3 customers, numbers RB-000001 to RB-000003: 1050.00 DKK, 150.00 EUR \
                (2167.88 DKK in all); 2 one-time vendors created.
                """, run.out());
        assertEquals(3, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement"));
    }

    @Test
    void payWithASavedSelectionPaysJustThoseVendors() {
        assertEquals(0, desk("reimburse", "--date", "2026-11-24").exit());
        assertEquals(0, desk("selection", "save", "linked", "--where", "account=V0*").exit());
        Path xml = dir.resolve("linked.xml");
        Cli.Result paid = desk("pay", "--selection", "LINKED", "--date", "2026-11-25", "--pain001", xml.toString());
        assertEquals(0, paid.exit(), paid.toString());
        List<String> lines = List.of(paid.out().split("\n"));
        assertEquals(List.of("Posted payment batch PB-000001 dated 2026-11-25: 2 payments, 370.00 DKK.",
                "PB-000001-0001\tV0001\tBager Hansen ApS\tDKK\t250.00",
                "PB-000001-0002\tV0003\tJensen Cykler\tDKK\t120.00"), lines.subList(0, 3));
    }

    @Test
    void selectionTogetherWithWhereIsAUsageErrorAndNothingIsWritten() {
        assertEquals(0, desk("selection", "save", "Friday", "--where", "account=C0001..C0004").exit());
        var before = LedgerFiles.snapshot(file);
        Cli.Result reimburse = desk("reimburse", "--selection", "Friday", "--where", "group=RETAIL", "--date", "2026-11-24");
        assertEquals(2, reimburse.exit(), reimburse.toString());
        assertTrue(reimburse.err().startsWith("--selection names criteria saved before; give either --where or --selection, not both.\n"),
                reimburse.err());
        assertEquals("", reimburse.out());
        Cli.Result pay = desk("pay", "--selection", "Friday", "--where", "account=V0*", "--pain001", dir.resolve("x.xml").toString());
        assertEquals(2, pay.exit(), pay.toString());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void anUnknownSelectionIsRefusedWithASentenceAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = desk("reimburse", "--selection", "Monday", "--date", "2026-11-24");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("There is no saved selection named “Monday”.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aSelectionNamingACustomerFieldIsRefusedForVendors() {
        assertEquals(0, desk("selection", "save", "linked customers", "--where", "vendor=V*").exit());
        Cli.Result result = desk("pay", "--selection", "linked customers", "--pain001", dir.resolve("x.xml").toString());
        assertEquals(1, result.exit(), result.toString());
        assertEquals("The saved selection “linked customers” cannot be used here: There is no field “vendor” to select on; "
                + "the fields are account, name, group, currency.\n", result.err());
    }

    @Test
    void saveRefusesATakenNameWhateverItsCaseAndBadCriteria() {
        assertEquals(0, desk("selection", "save", "Friday", "--where", "account=C0001..C0004").exit());
        var before = LedgerFiles.snapshot(file);
        Cli.Result taken = desk("selection", "save", "FRIDAY", "--where", "group=RETAIL");
        assertEquals(1, taken.exit(), taken.toString());
        assertEquals("There is a saved selection named “Friday” already; choose another name, or delete that one first.\n", taken.err());
        Cli.Result bad = desk("selection", "save", "Monday", "--where", "colour=red");
        assertEquals(1, bad.exit(), bad.toString());
        assertEquals("There is no field “colour” to select on; the fields are account, name, group, currency, vendor.\n", bad.err());
        Cli.Result noWhere = desk("selection", "save", "Monday");
        assertEquals(2, noWhere.exit(), noWhere.toString());
        assertTrue(noWhere.err().startsWith("Missing required option: '--where=CRITERIA'"), noWhere.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void deleteRemovesTheSelectionAndRefusesAnUnknownName() {
        assertEquals(0, desk("selection", "save", "Friday", "--where", "account=C0001..C0004").exit());
        Cli.Result deleted = desk("selection", "delete", "friday");
        assertEquals(0, deleted.exit(), deleted.toString());
        assertEquals("Deleted the selection Friday (account=C0001..C0004).\n", deleted.out());
        assertEquals("", desk("selections").out());
        Cli.Result again = desk("selection", "delete", "Friday");
        assertEquals(1, again.exit(), again.toString());
        assertEquals("There is no saved selection named “Friday”.\n", again.err());
    }

    @Test
    void danishSentencesAndHelp() {
        assertEquals(0, desk("selection", "save", "Fredag", "--where", "account=C0001").exit());
        Cli.Result taken = Cli.run("--ledger", file, "--locale", "da", "selection", "save", "fredag", "--where", "account=C0002");
        assertEquals(1, taken.exit(), taken.toString());
        assertEquals("Der findes allerede en gemt udvælgelse med navnet »Fredag«; vælg et andet navn, eller slet den først.\n", taken.err());
        Cli.Result both = Cli.run("--ledger", file, "--locale", "da", "reimburse", "--selection", "Fredag", "--where", "account=C0002");
        assertEquals(2, both.exit(), both.toString());
        assertTrue(both.err().startsWith("--selection navngiver kriterier gemt tidligere; angiv enten --where eller --selection, ikke begge.\n"),
                both.err());
        Cli.Result help = Cli.run("--locale", "da", "selection", "--help");
        assertEquals(0, help.exit(), help.toString());
        assertTrue(help.out().contains("Gem kriterier under et navn"), help.out());
    }
}
