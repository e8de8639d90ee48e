package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void ledger() {
        file = LedgerFiles.emptyLedger(dir);
    }

    @Test
    void printsEveryParameterAsANameValueLine() {
        Cli.Result result = Cli.run("--ledger", file, "parameters");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("""
                company: TEST
                company_name: Test ApS
                accounting_currency: DKK
                minimum_reimbursement: 0.00
                bank_iban:\s
                bank_bic:\s
                ar_control_account: 5600
                ap_control_account: 6800
                bank_account: 5800
                sales_account: 1000
                sales_returns_account: 1050
                opening_balance_account: 9000
                fx_gain_account: 3600
                fx_loss_account: 3650
                small_credit_writeoff_account: 3700
                one_time_vendor_group: ONETIME
                next_voucher: V-000001
                next_reimbursement: RB-000001
                next_one_time_vendor: OTV-000001
                """, result.out());
        assertEquals("", result.err());
    }

    @Test
    void setsWhatIsGivenAndPrintsTheNewValues() {
        Cli.Result result = Cli.run("--ledger", file, "parameters", "--minimum-reimbursement", "100",
                "--bank-iban", "dk58 1470 0000 9876 54", "--bank-bic", "dabadkkk");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().contains("minimum_reimbursement: 100.00\nbank_iban: DK5814700000987654\nbank_bic: DABADKKK\n"), result.out());
        assertEquals(List.of("1|10000|"), LedgerFiles.with(file, l -> List.of(
                dk.reimbursementdesk.testing.TestLedgers.count(l, "SELECT id FROM parameters") + "|"
                        + dk.reimbursementdesk.testing.TestLedgers.count(l, "SELECT minimum_reimbursement FROM parameters") + "|")));
        assertEquals(1, LedgerFiles.count(file,
                "SELECT count(*) FROM parameters WHERE bank_iban = 'DK5814700000987654' AND bank_bic = 'DABADKKK'"));
    }

    @Test
    void anEmptyIbanOrBicClearsIt() {
        Cli.run("--ledger", file, "parameters", "--bank-iban", "DK5814700000987654", "--bank-bic", "DABADKKK");
        Cli.Result result = Cli.run("--ledger", file, "parameters", "--bank-iban", "", "--bank-bic", "");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().contains("bank_iban: \nbank_bic: \n"), result.out());
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM parameters WHERE bank_iban IS NULL AND bank_bic IS NULL"));
    }

    @Test
    void anInvalidIbanIsRefusedAndNothingIsWrittenNotEvenTheValidChanges() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "parameters", "--minimum-reimbursement", "50",
                "--bank-iban", "DK5814700000987655");
        assertEquals(1, result.exit());
        assertEquals("\"DK5814700000987655\" is not a valid IBAN: the check digits do not fit the rest: a character is mistyped or two are swapped.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void anInvalidBicIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "parameters", "--bank-bic", "DABA");
        assertEquals(1, result.exit());
        assertEquals("\"DABA\" is not a valid BIC.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aMinimumWithTooManyDecimalsIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "parameters", "--minimum-reimbursement", "10.005");
        assertEquals(1, result.exit());
        assertEquals("The minimum reimbursement 10.005 has more decimals than DKK allows (2).\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aNegativeMinimumIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "parameters", "--minimum-reimbursement=-1");
        assertEquals(1, result.exit());
        assertEquals("The minimum reimbursement cannot be negative (it was -1).\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aMinimumThatIsNotANumberIsAUsageError() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "parameters", "--minimum-reimbursement", "1,000.00");
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("--minimum-reimbursement"), result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }
}
