package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reimburse on the demo ledger, whose balances DemoLedgerService documents. */
class ReimburseCommandTest {

    private static final String PROPOSALS = """
            Reimbursements:
            C0001\tBager Hansen ApS\tDKK\t250.00\t250.00\tV0001
            C0002\tMøller & Søn A/S\tDKK\t800.00\t800.00\tnew one-time vendor
            C0004\tCafé Europa GmbH\tEUR\t150.00\t1117.88\tnew one-time vendor
            C0008\tJensen Cykler\tDKK\t120.00\t120.00\tV0003
            C0009\tKiel Handel GmbH\tDKK\t300.00\t300.00\tnew one-time vendor
            C0009\tKiel Handel GmbH\tEUR\t20.00\t149.05\tnew one-time vendor
            C0011\tStockholm Design AB\tSEK\t1000.00\t690.00\tnew one-time vendor
            C0012\tVestjysk Maskin ApS\tDKK\t800.00\t800.00\tnew one-time vendor

            Left out:
            C0003\tDKK\tThe credit of 50.00 DKK is below the minimum reimbursement of 100.00 DKK.
            C0005\tEUR\tThe credit of 10.00 EUR is 74.53 DKK at the rate 7.4525, below the minimum reimbursement of 100.00 DKK.
            C0006\tDKK\tThe balance in DKK is 12,500.00 DKK: not a credit balance.
            C0007\t\tNo open transactions dated on or before 24/11/2026.
            C0010\tDKK\tThe balance in DKK is 500.00 DKK: not a credit balance.

            """;

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    private Cli.Result reimburse(String... options) {
        List<String> args = new ArrayList<>(List.of("--ledger", file, "--locale", "en", "reimburse"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    /** C0001 has a credit of 250.00 DKK, C0004 one of 150.00 EUR (7.4525 on 2026-11-24). */
    private static final String C0001_OPEN = "SELECT coalesce(sum(o.open_amount), 0) FROM customer_open_item o "
            + "JOIN customer c ON c.id = o.customer_id WHERE c.account = 'C0001' AND o.currency = 'DKK'";

    @Test
    void loweredAmountsArePostedAndTheRestOfTheCreditStaysOpen() {
        Cli.Result result = reimburse("--date", "2026-11-24", "--amount", "C0001:DKK=200.00", "--amount", "C0004:eur=100");

        assertEquals(0, result.exit(), result.toString());
        // 100.00 EUR at 7.4525 is 745.25 DKK.
        assertTrue(result.out().contains("C0001\tBager Hansen ApS\tDKK\t200.00\t200.00\tV0001\n"), result.out());
        assertTrue(result.out().contains("C0004\tCafé Europa GmbH\tEUR\t100.00\t745.25\tnew one-time vendor\n"), result.out());
        assertEquals(2, LedgerFiles.count(file, """
                SELECT count(*) FROM reimbursement r JOIN customer c ON c.id = r.customer_id
                WHERE (c.account, r.currency, r.amount) IN (VALUES ('C0001', 'DKK', 20000), ('C0004', 'EUR', 10000))"""));
        assertEquals(-5000, LedgerFiles.count(file, C0001_OPEN));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void anAmountOutOfBoundsRefusesTheWholeRunNamingItAndPostsNothing() {
        var before = LedgerFiles.snapshot(file);
        String[][] cases = {
                {"C0001:DKK=250.01", "The amount 250.01 for C0001:DKK is above the credit of 250.00 DKK: an amount can only be lowered. Nothing was posted.\n"},
                {"C0001:DKK=99.99", "The amount 99.99 for C0001:DKK is below the minimum reimbursement: give at least 100.00 DKK. Nothing was posted.\n"},
                {"C0001:DKK=-5", "The amount -5 for C0001:DKK is negative; give an amount from 100.00 to 250.00 DKK. Nothing was posted.\n"},
        };
        for (String[] c : cases) {
            Cli.Result result = reimburse("--date", "2026-11-24", "--amount", "C0008:DKK=110.00", "--amount", c[0]);
            assertEquals(1, result.exit(), result.toString());
            assertEquals(c[1], result.err());
            assertEquals("", result.out());
            assertEquals(before, LedgerFiles.snapshot(file));
        }
    }

    @Test
    void anAmountNotOfTheShapeCustomerCurrencyAmountIsAUsageError() {
        Cli.Result result = reimburse("--date", "2026-11-24", "--amount", "C0001=200.00");
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().contains("\"C0001=200.00\" is not CUSTOMER:CURRENCY=AMOUNT"), result.err());
    }

    @Test
    void previewListsProposalsAndExclusionsWithBothFiguresAndPostsNothing() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = reimburse("--preview", "--date", "2026-11-24");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(PROPOSALS + "Preview: 8 reimbursements of 7 customers: 2270.00 DKK, 170.00 EUR, 1000.00 SEK "
                + "(4226.93 DKK in all); 5 one-time vendors would be created. Nothing was posted.\n", result.out());
        assertEquals("", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aRunPostsWhatThePreviewShowedAndNamesTheNumbers() {
        Cli.Result result = reimburse("--date", "2026-11-24");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(PROPOSALS + "Reimbursed 8 credit balances of 7 customers, numbers RB-000001 to RB-000008: "
                + "2270.00 DKK, 170.00 EUR, 1000.00 SEK (4226.93 DKK in all); 5 one-time vendors created.\n", result.out());
        assertEquals("", result.err());
        assertEquals(8, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement WHERE status = 'OPEN' AND posting_date = '2026-11-24'"));
        assertEquals(5, LedgerFiles.count(file, "SELECT count(*) FROM vendor WHERE one_time = TRUE"));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void aSecondRunReimbursesNothingSaysSoAndWritesNothing() {
        assertEquals(0, reimburse("--date", "2026-11-24").exit());
        var before = LedgerFiles.snapshot(file);
        Cli.Result again = reimburse("--date", "2026-11-24");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().startsWith("Left out:\nC0001\t\tNo open transactions dated on or before 24/11/2026.\n"), again.out());
        assertTrue(again.out().endsWith("\n\nNone of the 12 selected customers has a credit balance to reimburse on 24/11/2026; "
                + "nothing was posted.\n"), again.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void whereSelectsTheCustomersToReimburse() {
        Cli.Result result = reimburse("--where", "account=C0001", "--date", "2026-11-24");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("""
                Reimbursements:
                C0001\tBager Hansen ApS\tDKK\t250.00\t250.00\tV0001

                Reimbursed one credit balance of one customer, number RB-000001: 250.00 DKK (250.00 DKK in all); \
                no one-time vendors created.
                """, result.out());
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement"));
        assertEquals(1, LedgerFiles.count(file,
                "SELECT count(*) FROM reimbursement r JOIN customer c ON c.id = r.customer_id WHERE c.account = 'C0001'"));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void aSelectionWithoutCreditsSaysNothingQualifies() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = reimburse("--where", "account=C0006", "--date", "2026-11-24");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("""
                Left out:
                C0006\tDKK\tThe balance in DKK is 12,500.00 DKK: not a credit balance.

                The selected customer has no credit balance to reimburse on 24/11/2026; nothing was posted.
                """, result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void anUnknownFieldIsRefusedNamingItAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = reimburse("--where", "colour=red");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("There is no field “colour” to select on; the fields are account, name, group, currency, vendor.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void anInvalidCriterionIsRefusedNamingTheFieldAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = reimburse("--where", "account=C0001..C0005..C0009");
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.err().startsWith("In the selection for account: The criteria “C0001..C0005..C0009” has more than one .."),
                result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void notSummarizedEachCreditDocumentIsItsOwnReimbursementWithItsDocumentLast() {
        Cli.Result result = reimburse("--summarize", "false", "--where", "account=C0002,C0012", "--date", "2026-11-24");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("""
                Reimbursements:
                C0002\tMøller & Søn A/S\tDKK\t800.00\t800.00\tnew one-time vendor\tCN-3001
                C0012\tVestjysk Maskin ApS\tDKK\t800.00\t800.00\tnew one-time vendor\tPAY-5012

                Reimbursed 2 credit balances of 2 customers, numbers RB-000001 to RB-000002: 1600.00 DKK \
                (1600.00 DKK in all); 2 one-time vendors created.
                """, result.out());
        assertEquals(2, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement WHERE source_transaction_id IS NOT NULL"));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void withoutADateTheRunPostsToday() {
        Cli.Result result = reimburse("--where", "account=C0001");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement WHERE posting_date = '" + LocalDate.now() + "'"));
    }

    @Test
    void summarizeTakesOnlyTrueOrFalse() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = reimburse("--summarize", "maybe");
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().contains("--summarize"), result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void inDanishTheSentencesAreDanishAndTheAmountsStayPlain() {
        Cli.Result result = Cli.run("--ledger", file, "--locale", "da", "reimburse", "--preview", "--date", "2026-11-24",
                "--where", "account=C0003,C0011");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("""
                Refusioner:
                C0011\tStockholm Design AB\tSEK\t1000.00\t690.00\tny engangskreditor

                Udeladt:
                C0003\tDKK\tKreditsaldoen på 50,00 DKK er under minimumsrefusionen på 100,00 DKK.

                Forhåndsvisning: én refusion for én debitor: 1000.00 SEK (690.00 DKK i alt); én engangskreditor ville blive \
                oprettet. Intet blev bogført.
                """, result.out());
    }
}
