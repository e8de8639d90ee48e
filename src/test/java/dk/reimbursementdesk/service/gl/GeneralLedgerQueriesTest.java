package dk.reimbursementdesk.service.gl;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneralLedgerQueriesTest {

    @TempDir
    Path dir;

    private Ledger ledger;
    private GeneralLedgerQueries queries;

    @BeforeEach
    void openDemo() {
        ledger = TestLedgers.demo(dir);
        queries = new GeneralLedgerQueries(ledger);
    }

    @AfterEach
    void checkAndClose() {
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
    }

    @Test
    void companyInfoNamesTheDemoCompany() {
        assertEquals(new CompanyInfo("Demo A/S", "DEMO", "DKK", true), queries.companyInfo());
    }

    @Test
    void firstPageStartsAtTheFirstVoucherAndTellsThatMoreFollow() {
        long total = TestLedgers.count(ledger, "SELECT count(*) FROM voucher");
        VoucherPage page = queries.vouchers(VoucherQuery.all(), 0, 10);

        assertEquals(10, page.rows().size());
        assertEquals("V-000001", page.rows().get(0).number());
        assertEquals(LocalDate.of(2026, 9, 1), page.rows().get(0).postingDate());
        assertEquals(new BigDecimal("1000.00"), page.rows().get(0).totalDebit());
        assertNull(page.rows().get(0).reversesNumber());
        assertTrue(page.hasMore());
        assertFalse(page.hasPrevious());
        assertEquals("DKK", page.accountingCurrency());
        assertTrue(total > 10, "the demo ledger has more vouchers than one page: " + total);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrOverlapUpToTheLastVoucher() {
        long total = TestLedgers.count(ledger, "SELECT count(*) FROM voucher");
        int seen = 0;
        String previousNumber = "";
        VoucherPage page;
        int offset = 0;
        do {
            page = queries.vouchers(VoucherQuery.all(), offset, 7);
            for (VoucherRow row : page.rows()) {
                assertTrue(row.number().compareTo(previousNumber) > 0, row.number() + " after " + previousNumber);
                previousNumber = row.number();
                seen++;
            }
            offset += 7;
        } while (page.hasMore());
        assertEquals(total, seen);
    }

    @Test
    void textFilterMatchesNumberOrDescriptionIgnoringCase() {
        List<VoucherRow> byNumber = queries.vouchers(new VoucherQuery("v-000002", null, null), 0, 50).rows();
        assertEquals(List.of("V-000002"), byNumber.stream().map(VoucherRow::number).toList());

        List<VoucherRow> byDescription = queries.vouchers(new VoucherQuery("inv-1004", null, null), 0, 50).rows();
        assertEquals(1, byDescription.size());
        assertTrue(byDescription.get(0).description().contains("INV-1004"));
    }

    @Test
    void likeWildcardsInTheFilterAreTakenLiterally() {
        assertTrue(queries.vouchers(new VoucherQuery("%", null, null), 0, 50).rows().isEmpty());
        assertTrue(queries.vouchers(new VoucherQuery("V_0", null, null), 0, 50).rows().isEmpty());
    }

    @Test
    void dateRangeIsInclusiveAtBothEnds() {
        LocalDate day = LocalDate.of(2026, 9, 1);
        List<VoucherRow> rows = queries.vouchers(new VoucherQuery(null, day, day), 0, 50).rows();
        long expected = TestLedgers.count(ledger, "SELECT count(*) FROM voucher WHERE posting_date = '2026-09-01'");
        assertEquals(expected, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.postingDate().equals(day)));
        assertTrue(expected >= 1);
    }

    @Test
    void linesOfTheFirstVoucherShowAccountsAndAmounts() {
        long id = queries.vouchers(VoucherQuery.all(), 0, 1).rows().get(0).id();
        List<VoucherLineRow> lines = queries.voucherLines(id);

        assertEquals(2, lines.size());
        VoucherLineRow receivable = lines.stream().filter(l -> l.accountNumber().equals("5600")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1000.00"), receivable.debit());
        assertEquals(new BigDecimal("0.00"), receivable.credit());
        assertEquals("DKK", receivable.currency());
        assertEquals(new BigDecimal("1000.00"), receivable.amount());
        VoucherLineRow sales = lines.stream().filter(l -> l.accountNumber().equals("1000")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1000.00"), sales.credit());
        assertEquals(new BigDecimal("-1000.00"), sales.amount());
        assertFalse(sales.accountName().isBlank());
    }

    @Test
    void foreignCurrencyLineKeepsItsTransactionAmount() {
        VoucherRow invoice = queries.vouchers(new VoucherQuery("INV-1004", null, null), 0, 1).rows().get(0);
        VoucherLineRow line = queries.voucherLines(invoice.id()).stream()
                .filter(l -> l.accountNumber().equals("5600")).findFirst().orElseThrow();
        assertEquals("EUR", line.currency());
        assertEquals(new BigDecimal("2000.00"), line.amount());
        assertEquals(new BigDecimal("14920.00"), line.debit());
    }

    @Test
    void trialBalanceTotalsEqualAndMatchTheLines() {
        TrialBalance balance = queries.trialBalance(LocalDate.of(2026, 12, 31));

        assertTrue(balance.balances());
        long debitMinor = TestLedgers.count(ledger, "SELECT sum(debit) FROM voucher_line");
        assertEquals(BigDecimal.valueOf(debitMinor, 2), balance.totalDebit());
        assertEquals(balance.totalDebit(), balance.totalCredit());
        assertEquals(0, balance.totalBalance().signum());
        // the chart of a new ledger: 1000, 1050, 3600, 3650, 3700 (small credits written off), 5600, 5800, 6800, 9000
        assertEquals(9, balance.rows().size(), "every account of the chart, with or without postings");
        TrialBalanceRow receivable = balance.rows().stream().filter(r -> r.accountNumber().equals("5600")).findFirst().orElseThrow();
        assertEquals(receivable.debit().subtract(receivable.credit()), receivable.balance());
    }

    @Test
    void trialBalanceLeavesOutLinesAfterTheDate() {
        TrialBalance beforeAnything = queries.trialBalance(LocalDate.of(2026, 1, 1));
        assertEquals(0, beforeAnything.totalDebit().signum());
        assertTrue(beforeAnything.rows().stream().allMatch(r -> r.balance().signum() == 0));

        TrialBalance midway = queries.trialBalance(LocalDate.of(2026, 8, 31));
        long expected = TestLedgers.count(ledger, "SELECT sum(l.debit) FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id "
                + "WHERE v.posting_date <= '2026-08-31'");
        assertEquals(BigDecimal.valueOf(expected, 2), midway.totalDebit());
        assertTrue(midway.balances());
    }

    @Test
    void readingWritesNothing() {
        var before = TestLedgers.snapshot(ledger);
        queries.companyInfo();
        queries.vouchers(new VoucherQuery("INV", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), 0, 20);
        queries.trialBalance(LocalDate.of(2026, 12, 31));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void ledgerWithoutCompanyIsToldAsASentence(@TempDir Path other) {
        try (Ledger bare = TestLedgers.schemaOnly(other)) {
            UserException refused = assertThrows(UserException.class, () -> new GeneralLedgerQueries(bare).companyInfo());
            assertEquals("company.notSetUp", refused.getKey());
        }
    }
}
