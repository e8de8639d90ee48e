package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.domain.CustomerTransactionType.CREDIT_NOTE;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Filter;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.SortColumn;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four reimbursements: run 1 on 2026-03-31 makes RB-000001 (C1 Alfa Kaffe, 300.00 DKK),
 * RB-000002 (C2, 150.00 DKK, reversed afterwards) and RB-000003 (E1, 20.00 EUR = 149.20 DKK at
 * 7.46, marked paid); run 2 on 2026-05-31 makes RB-000004 (C1, 500.00 DKK).
 */
class ReimbursementListServiceTest {

    @TempDir
    Path dir;
    Books books;
    ReimbursementListService list;

    @BeforeEach
    void setUp() {
        books = new Books(dir);
        books.customer("C1", "Alfa Kaffe", "RETAIL", "DKK", null, null, null);
        books.customer("C2", "Beta Byg, Aarhus", "RETAIL", "DKK", null, null, null);
        books.customer("E1", "Cafe Europa", "RETAIL", "EUR", null, null, null);
        books.post("C1", CREDIT_NOTE, "2026-03-01", "CN1", "300.00");
        books.post("C2", CREDIT_NOTE, "2026-03-01", "CN2", "150.00");
        books.post("E1", CREDIT_NOTE, "2026-03-01", "CN3", "20.00");
        ReimbursementService service = new ReimbursementService(books.ledger);
        Selection all = Selection.all(CustomerQueryFields.CATALOG);
        service.run(new ReimbursementRequest(LocalDate.of(2026, 3, 31), true, all), RunProgress.NONE);
        books.post("C1", CREDIT_NOTE, "2026-05-01", "CN4", "500.00");
        service.run(new ReimbursementRequest(LocalDate.of(2026, 5, 31), true, all), RunProgress.NONE);
        service.reverse("RB-000002", null);
        TestLedgers.execute(books.ledger, "UPDATE reimbursement SET status = 'PAID' WHERE number = 'RB-000003'");
        list = new ReimbursementListService(books.ledger);
    }

    @AfterEach
    void tearDown() {
        books.assertLedgerChecks();
        books.ledger.close();
    }

    private List<String> numbers(Filter filter, SortColumn sort, boolean ascending) {
        return list.page(filter, sort, ascending, 0, 100).stream().map(Row::number).toList();
    }

    @Test
    void rowCarriesEveryColumnOfTheList() {
        Row row = list.page(new Filter(null, null, "E1", null), SortColumn.NUMBER, true, 0, 10).get(0);

        assertEquals(new Row("RB-000003", LocalDate.of(2026, 3, 31), "E1", "Cafe Europa", "OTV-000003", "EUR",
                new BigDecimal("20.00"), new BigDecimal("149.20"), "V-000006", "RB-000003", ReimbursementStatus.PAID, 1, null), row);
    }

    @Test
    void dateRangeFiltersOnThePostingDateInclusive() {
        assertEquals(List.of("RB-000004"), numbers(new Filter(LocalDate.of(2026, 5, 31), null, null, null), SortColumn.NUMBER, true));
        assertEquals(List.of("RB-000001", "RB-000002", "RB-000003"),
                numbers(new Filter(null, LocalDate.of(2026, 3, 31), null, null), SortColumn.NUMBER, true));
        assertEquals(List.of(), numbers(new Filter(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 30), null, null), SortColumn.NUMBER, true));
    }

    @Test
    void customerFilterMatchesAccountOrNameFragmentIgnoringCase() {
        assertEquals(List.of("RB-000001", "RB-000004"), numbers(new Filter(null, null, "KAFFE", null), SortColumn.NUMBER, true));
        assertEquals(List.of("RB-000002"), numbers(new Filter(null, null, "c2", null), SortColumn.NUMBER, true));
        // Wildcards typed by the user are taken literally.
        assertEquals(List.of(), numbers(new Filter(null, null, "%", null), SortColumn.NUMBER, true));
        assertEquals(2, list.count(new Filter(null, null, "kaffe", null)));
    }

    @Test
    void statusFilterShowsOnlyThatStatus() {
        assertEquals(List.of("RB-000001", "RB-000004"), numbers(new Filter(null, null, null, ReimbursementStatus.OPEN), SortColumn.NUMBER, true));
        assertEquals(List.of("RB-000002"), numbers(new Filter(null, null, null, ReimbursementStatus.REVERSED), SortColumn.NUMBER, true));
        assertEquals(List.of("RB-000003"), numbers(new Filter(null, null, null, ReimbursementStatus.PAID), SortColumn.NUMBER, true));
        assertEquals(1, list.count(new Filter(null, null, null, ReimbursementStatus.PAID)));
    }

    @Test
    void sortsByTheChosenColumnWithTheNumberBreakingTies() {
        assertEquals(List.of("RB-000004", "RB-000001", "RB-000002", "RB-000003"), numbers(Filter.any(), SortColumn.AMOUNT, false));
        assertEquals(List.of("RB-000003", "RB-000002", "RB-000001", "RB-000004"), numbers(Filter.any(), SortColumn.AMOUNT_ACC, true));
        assertEquals(List.of("RB-000001", "RB-000004", "RB-000002", "RB-000003"), numbers(Filter.any(), SortColumn.CUSTOMER, true));
        assertEquals(List.of("RB-000004", "RB-000003", "RB-000002", "RB-000001"), numbers(Filter.any(), SortColumn.POSTING_DATE, false));
        assertEquals(List.of("RB-000001", "RB-000004", "RB-000003", "RB-000002"), numbers(Filter.any(), SortColumn.STATUS, true));
        assertEquals(List.of("RB-000001", "RB-000002", "RB-000004", "RB-000003"), numbers(Filter.any(), SortColumn.CURRENCY, true));
    }

    @Test
    void pagesAreCutInSql() {
        assertEquals(4, list.count(Filter.any()));
        assertEquals(List.of("RB-000002", "RB-000003"),
                list.page(Filter.any(), SortColumn.NUMBER, true, 1, 2).stream().map(Row::number).toList());
        assertEquals(List.of("RB-000004"), list.page(Filter.any(), SortColumn.NUMBER, true, 3, 2).stream().map(Row::number).toList());
        assertEquals(List.of(), list.page(Filter.any(), SortColumn.NUMBER, true, 4, 2));
    }

    @Test
    void csvHasTheContractsColumnsAndTheFilteredRowsInOrder() {
        StringWriter out = new StringWriter();

        list.exportCsv(new Filter(null, LocalDate.of(2026, 3, 31), null, null), SortColumn.AMOUNT, true, out);

        assertEquals("""
                id,date,customer,vendor,currency,amount,status,customer_name,amount_acc,voucher,vendor_invoice,run
                RB-000003,2026-03-31,E1,OTV-000003,EUR,20.00,PAID,Cafe Europa,149.20,V-000006,RB-000003,1
                RB-000002,2026-03-31,C2,OTV-000002,DKK,150.00,REVERSED,"Beta Byg, Aarhus",150.00,V-000005,RB-000002,1
                RB-000001,2026-03-31,C1,OTV-000001,DKK,300.00,OPEN,Alfa Kaffe,300.00,V-000004,RB-000001,1
                """.replace("\n", "\r\n"), out.toString(), "RFC 4180 records end with CRLF");
    }
}
