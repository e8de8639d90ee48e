package dk.reimbursementdesk.service.writeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.WhereParser;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.Key;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.Query;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.SmallCredit;
import dk.reimbursementdesk.testing.SmallCreditLedgers;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the ledger of {@link SmallCreditLedgers}: small credits of C1, C2 (DKK) and C4 (EUR) on 2026-12-01. */
class SmallCreditServiceTest {

    private static final LocalDate DAY = SmallCreditLedgers.DAY;

    @TempDir
    Path dir;
    Ledger ledger;
    SmallCreditService service;
    Locale before;

    @BeforeEach
    void setUp() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        ledger = SmallCreditLedgers.create(dir);
        service = new SmallCreditService(ledger);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
        Locale.setDefault(before);
    }

    private List<String> rows(String sql) {
        return TestLedgers.rows(ledger, sql);
    }

    private void assertLedgerChecks() {
        assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
    }

    private static String describe(SmallCredit c) {
        return c.customer() + " " + c.currency() + " " + c.credit() + " " + c.creditAcc() + " " + c.oldestCredit() + " "
                + c.ageDays() + " " + c.bucket().label();
    }

    private List<String> listed(Query query) {
        return service.list(query).credits().stream().map(SmallCreditServiceTest::describe).toList();
    }

    private static final String OPEN = "SELECT c.account, o.currency, o.open_amount, o.open_amount_acc FROM customer_open_item o "
            + "JOIN customer c ON c.id = o.customer_id ORDER BY c.account, o.transaction_date, o.transaction_id";

    @Test
    void creditsBelowTheMinimumAreListedWithTheirAgeByTheOldestOpenCredit() {
        assertEquals(List.of(
                "C1 DKK 3.50 3.50 2026-02-01 303 91-365",
                "C2 DKK 40.00 40.00 2026-11-20 11 0-30",
                "C4 EUR 10.00 74.50 2026-06-15 169 91-365"), listed(Query.on(DAY)));
        assertEquals(new BigDecimal("100.00"), service.list(Query.on(DAY)).below());
    }

    @Test
    void belowAndOlderThanNarrowTheList() {
        assertEquals(List.of("C1 DKK 3.50 3.50 2026-02-01 303 91-365"), listed(new Query(DAY, null, new BigDecimal("10"), null)));
        // 10.00 EUR is 74.40 DKK on the day: below 74.41, not below 74.40.
        assertEquals(3, listed(new Query(DAY, null, new BigDecimal("74.41"), null)).size());
        assertEquals(2, listed(new Query(DAY, null, new BigDecimal("74.40"), null)).size());
        assertEquals(List.of("C1 DKK 3.50 3.50 2026-02-01 303 91-365", "C4 EUR 10.00 74.50 2026-06-15 169 91-365"),
                listed(new Query(DAY, null, null, 30)));
        assertEquals(List.of("C1 DKK 3.50 3.50 2026-02-01 303 91-365"), listed(new Query(DAY, null, null, 169)));
        assertEquals(List.of("C2 DKK 40.00 40.00 2026-11-20 11 0-30"),
                listed(new Query(DAY, WhereParser.parse("account=C2..C3", CustomerQueryFields.CATALOG), null, null)));
    }

    @Test
    void listingWritesNothing() {
        var snapshot = TestLedgers.snapshot(ledger);
        service.list(Query.on(DAY));
        service.list(new Query(DAY, null, new BigDecimal("5.00"), 10));
        assertEquals(snapshot, TestLedgers.snapshot(ledger));
    }

    @Test
    void writeOffPostsOneBalancedVoucherPerCustomerAndCurrencyAndSettlesTheCredits() {
        SmallCreditService.Result result = service.writeOff(Query.on(DAY), null);

        assertEquals(List.of("WO-000001 C1", "WO-000002 C2", "WO-000003 C4"),
                result.written().stream().map(w -> w.number() + " " + w.credit().customer()).toList());
        // 3.50 + 40.00 + 74.50 (the EUR credit at what it is open for)
        assertEquals(new BigDecimal("118.00"), result.totalAcc());
        assertEquals(List.of(
                "WRITE_OFF WO-000001 C1|5600|350|0|DKK|350", "WRITE_OFF WO-000001 C1|3700|0|350|DKK|-350",
                "WRITE_OFF WO-000002 C2|5600|4000|0|DKK|4000", "WRITE_OFF WO-000002 C2|3700|0|4000|DKK|-4000",
                "WRITE_OFF WO-000003 C4|5600|7450|0|EUR|1000", "WRITE_OFF WO-000003 C4|3700|0|7450|EUR|-1000"),
                rows("SELECT v.description, a.number, l.debit, l.credit, l.currency, l.amount FROM voucher v "
                        + "JOIN voucher_line l ON l.voucher_id = v.id JOIN ledger_account a ON a.id = l.account_id "
                        + "WHERE v.description LIKE 'WRITE_OFF%' ORDER BY v.id, l.id"));
        assertEquals(List.of("C1|WRITE_OFF|WO-000001|DKK|350|350", "C2|WRITE_OFF|WO-000002|DKK|4000|4000",
                "C4|WRITE_OFF|WO-000003|EUR|1000|7450"),
                rows("SELECT c.account, t.type, t.document, t.currency, t.amount, t.amount_acc FROM customer_transaction t "
                        + "JOIN customer c ON c.id = t.customer_id WHERE t.type = 'WRITE_OFF' ORDER BY t.id"));
        // Only C3's credit (not small) and C5's invoice dated after the day stay open.
        assertEquals(List.of("C3|DKK|-15000|-15000", "C5|DKK|2000|2000"), rows(OPEN));
        assertEquals(List.of("WO-000001|C1|DKK|350|350|2026-12-01|2026-02-01|OPEN", "WO-000002|C2|DKK|4000|4000|2026-12-01|2026-11-20|OPEN",
                "WO-000003|C4|EUR|1000|7450|2026-12-01|2026-06-15|OPEN"),
                rows("SELECT o.number, c.account, o.currency, o.amount, o.amount_acc, o.posting_date, o.oldest_credit, o.status "
                        + "FROM write_off o JOIN customer c ON c.id = o.customer_id ORDER BY o.id"));
        assertEquals(List.of("3700|0|11800"), rows("SELECT a.number, sum(l.debit), sum(l.credit) FROM voucher_line l "
                + "JOIN ledger_account a ON a.id = l.account_id WHERE a.number = '3700' GROUP BY a.number"));
        assertLedgerChecks();
        assertEquals(List.of(), service.list(Query.on(DAY)).credits());
        assertEquals(List.of("write-off|write-offs=3"), rows("SELECT action, counts FROM audit_entry"));
    }

    @Test
    void onlyTheChosenCreditsAreWrittenOff() {
        SmallCreditService.Result result = service.writeOff(Query.on(DAY), List.of(new Key("C2", "DKK"), new Key("C3", "DKK")));
        // C3's credit is not small, so choosing it writes nothing off for it.
        assertEquals(List.of("WO-000001 C2"), result.written().stream().map(w -> w.number() + " " + w.credit().customer()).toList());
        assertEquals(List.of("C1|DKK|-350|-350", "C3|DKK|-15000|-15000", "C4|EUR|-1000|-7450", "C5|DKK|2000|2000"), rows(OPEN));
        assertLedgerChecks();
    }

    @Test
    void reversalReopensExactlyWhatTheWriteOffSettled() {
        List<String> openBefore = rows(OPEN);
        service.writeOff(Query.on(DAY), null);
        SmallCreditService.Reversal reversal = service.reverse("WO-000003", null);

        assertEquals("WO-000003", reversal.writeOffNumber());
        assertEquals(List.of("C3|DKK|-15000|-15000", "C4|EUR|-1000|-7450", "C5|DKK|2000|2000"), rows(OPEN));
        assertEquals(List.of("WRITE_OFF_REVERSAL WO-000003 C4|2026-12-01|5600|0|7450|-1000", "WRITE_OFF_REVERSAL WO-000003 C4|2026-12-01|3700|7450|0|1000"),
                rows("SELECT v.description, v.posting_date, a.number, l.debit, l.credit, l.amount FROM voucher v "
                        + "JOIN voucher_line l ON l.voucher_id = v.id JOIN ledger_account a ON a.id = l.account_id "
                        + "WHERE v.number = '" + reversal.reversalVoucher() + "' ORDER BY l.id"));
        assertEquals(List.of("REVERSED|" + reversal.reversalVoucher()), rows("SELECT o.status, v.number FROM write_off o "
                + "JOIN voucher v ON v.id = o.reversal_voucher_id WHERE o.number = 'WO-000003'"));
        assertEquals(List.of("C4|WRITE_OFF_REVERSAL|-1000|-7450"), rows("SELECT c.account, t.type, t.amount, t.amount_acc "
                + "FROM customer_transaction t JOIN customer c ON c.id = t.customer_id WHERE t.type = 'WRITE_OFF_REVERSAL'"));
        assertLedgerChecks();

        service.reverse("WO-000001", LocalDate.of(2026, 12, 2));
        service.reverse("WO-000002", null);
        assertEquals(openBefore, rows(OPEN));
        assertLedgerChecks();
        // Open again, so listed again.
        assertEquals(3, service.list(Query.on(DAY)).credits().size());
    }

    @Test
    void reversalIsRefusedWhenReversedAlreadyUnknownOrDatedBeforeThePosting() {
        service.writeOff(Query.on(DAY), null);
        service.reverse("WO-000001", null);
        var snapshot = TestLedgers.snapshot(ledger);
        assertEquals("writeoff.alreadyReversed", assertThrows(UserException.class, () -> service.reverse("WO-000001", null)).getKey());
        assertEquals("There is no write-off WO-999999.",
                assertThrows(UserException.class, () -> service.reverse("WO-999999", null)).getMessage());
        assertEquals("writeoff.reversalBeforePosting",
                assertThrows(UserException.class, () -> service.reverse("WO-000002", LocalDate.of(2026, 11, 30))).getKey());
        assertEquals(snapshot, TestLedgers.snapshot(ledger));
    }

    @Test
    void anAmountAboveTheMinimumOrBadInputIsRefusedAndNothingIsWritten() {
        var snapshot = TestLedgers.snapshot(ledger);
        UserException above = assertThrows(UserException.class,
                () -> service.writeOff(new Query(DAY, null, new BigDecimal("100.01"), null), null));
        assertEquals("Only credits below the minimum reimbursement (100.00 DKK) are written off: 100.01 is above it, "
                + "and credits that large are reimbursed.", above.getMessage());
        assertEquals("writeoff.belowNotPositive",
                assertThrows(UserException.class, () -> service.list(new Query(DAY, null, BigDecimal.ZERO, null))).getKey());
        assertEquals("writeoff.belowTooPrecise",
                assertThrows(UserException.class, () -> service.list(new Query(DAY, null, new BigDecimal("1.005"), null))).getKey());
        assertEquals("writeoff.olderThanNegative",
                assertThrows(UserException.class, () -> service.list(new Query(DAY, null, null, -1))).getKey());
        assertEquals("writeoff.dateRequired", assertThrows(UserException.class, () -> service.list(Query.on(null))).getKey());
        // The backups folder aside (the refused write-off wrote its backup first), the ledger is unchanged.
        assertEquals(snapshot, TestLedgers.snapshot(ledger));
    }

    @Test
    void writeOffsAreExportedAsCsvWithTheNamedColumns() throws Exception {
        service.writeOff(Query.on(DAY), List.of(new Key("C4", "EUR")));
        service.reverse("WO-000001", null);
        StringWriter out = new StringWriter();
        service.exportCsv(out);
        String voucher = rows("SELECT v.number FROM write_off o JOIN voucher v ON v.id = o.voucher_id").get(0);
        String reversal = rows("SELECT v.number FROM write_off o JOIN voucher v ON v.id = o.reversal_voucher_id").get(0);
        assertEquals("number,date,customer,customer_name,currency,amount,amount_acc,oldest_credit,voucher,status,reversal_voucher\r\n"
                + "WO-000001,2026-12-01,C4,Customer C4,EUR,10.00,74.50,2026-06-15," + voucher + ",REVERSED," + reversal + "\r\n",
                out.toString());
    }

    @Test
    void theSmallCreditsAreExportedAsCsvWithTheirAge() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(3, service.exportCreditsCsv(Query.on(DAY), out));
        assertEquals("customer,customer_name,currency,amount,amount_acc,oldest_credit,age_days,age_bucket\r\n"
                + "C1,Customer C1,DKK,3.50,3.50,2026-02-01,303,91-365\r\n"
                + "C2,Customer C2,DKK,40.00,40.00,2026-11-20,11,0-30\r\n"
                + "C4,Customer C4,EUR,10.00,74.50,2026-06-15,169,91-365\r\n", out.toString());
    }
}
