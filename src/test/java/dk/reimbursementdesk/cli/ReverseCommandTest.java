package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.testing.Pain001Schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReverseCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void reimbursed() {
        file = LedgerFiles.demoLedger(dir);
        Cli.Result run = Cli.run("--ledger", file, "reimburse", "--date", "2026-11-24", "--where", "account=C0001,C0002");
        assertEquals(0, run.exit(), run.toString());
    }

    private Cli.Result reverse(String number) {
        return Cli.run("--ledger", file, "--locale", "en", "reverse", number);
    }

    @Test
    void anOpenReimbursementIsReversedOnOneLineNamingTheVoucherAndTheLedgerChecksOut() {
        long vouchers = LedgerFiles.count(file, "SELECT count(*) FROM voucher");
        Cli.Result result = reverse("RB-000002");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Reimbursement RB-000002 is reversed by voucher V-" + String.format("%06d", vouchers + 1) + ".\n", result.out());
        assertEquals("", result.err());
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement WHERE number = 'RB-000002' AND status = 'REVERSED'"));
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement WHERE number = 'RB-000001' AND status = 'OPEN'"));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void anUnknownReimbursementIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = reverse("RB-999999");
        assertEquals(1, result.exit());
        assertEquals("There is no reimbursement RB-999999.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void reversingTwiceIsRefusedTheSecondTimeAndWritesNothing() {
        Cli.Result first = reverse("RB-000001");
        assertEquals(0, first.exit(), first.toString());
        String voucher = first.out().substring(first.out().lastIndexOf(' ') + 1, first.out().length() - 2);
        var before = LedgerFiles.snapshot(file);
        Cli.Result second = reverse("RB-000001");
        assertEquals(1, second.exit());
        assertEquals("Reimbursement RB-000001 was already reversed by voucher " + voucher + ".\n", second.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aPaidReimbursementIsRefused() {
        Cli.Result pay = Cli.run("--ledger", file, "pay", "--where", "account=V0001", "--date", "2026-11-25",
                "--pain001", dir.resolve("pay.xml").toString());
        assertEquals(0, pay.exit(), pay.toString());
        Pain001Schemas.assertValid(dir.resolve("pay.xml"));
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = reverse("RB-000001");
        assertEquals(1, result.exit());
        assertEquals("Reimbursement RB-000001 cannot be reversed: its vendor invoice on vendor V0001 has been paid, so the money "
                + "has already gone to the customer. Only an unpaid reimbursement can be reversed.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void theNumberIsRequired() {
        Cli.Result result = Cli.run("--ledger", file, "reverse");
        assertEquals(2, result.exit());
    }
}
