package dk.reimbursementdesk.service.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.posting.PostingStore;
import dk.reimbursementdesk.persistence.query.SelectionQueries;
import dk.reimbursementdesk.persistence.setup.CustomerStore;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selections and account lookups fold every letter, not only ASCII ones: the issue's {@code *TRÆ*}
 * matched nothing where {@code *Træ*} matched, because SQLite's LIKE and NOCASE fold ASCII only.
 */
class FoldedSelectionTest {

    @TempDir
    Path dir;

    private Ledger ledger;

    @BeforeEach
    void customers() {
        ledger = TestLedgers.empty(dir);
        TestLedgers.execute(ledger, "INSERT INTO customer_group (id, code, name) VALUES (1, 'RETAIL', 'Retail'), (2, 'ØST', 'Øst')");
        TestLedgers.execute(ledger, "INSERT INTO customer (id, account, name, group_id, currency) VALUES "
                + "(1, 'C001', 'Trælast Hansen', 1, 'DKK'), (2, 'C002', 'TRÆLAST NORD', 1, 'DKK'), "
                + "(3, 'C003', 'Møller & Søn', 2, 'DKK'), (4, 'ÆBLE', 'Æblehaven', 1, 'DKK'), "
                + "(5, 'C005', 'Tradeshop', 1, 'DKK'), (6, 'Ødis', 'Ødis ApS', 2, 'DKK')");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private long count(String where) {
        Selection selection = WhereParser.parse(where, CustomerQueryFields.CATALOG);
        return ledger.inTransaction(work -> new SelectionQueries(work).count(selection.catalog().source(), selection.fieldCriteria()));
    }

    @Test
    void aWildcardMatchesDanishLettersWhateverTheirCase() {
        assertEquals(2, count("name=*Træ*"));
        assertEquals(2, count("name=*TRÆ*"));
        assertEquals(2, count("name=*træ*"));
        assertEquals(1, count("name=*SØN"));
    }

    @Test
    void equalityAndRangesFoldDanishLetters() {
        assertEquals(1, count("account=æble"));
        assertEquals(1, count("account=ØDIS"));
        assertEquals(2, count("group=øst"));
        assertEquals(4, count("group=!øst"));
        assertEquals(2, count("account=Æ..øz"), "æble and ødis sort after z, folded alike");
    }

    @Test
    void asciiCriteriaStillIgnoreCaseAsBefore() {
        assertEquals(1, count("account=c001"));
        assertEquals(3, count("name=*tr*"));
    }

    @Test
    void aDoubledNegationIsRefusedWithASentence() {
        UserException refused = assertThrows(UserException.class, () -> WhereParser.parse("account=!!C001", CustomerQueryFields.CATALOG));
        String sentence = refused.format(Locale.ENGLISH);
        assertTrue(sentence.contains("“!!C001” has ! twice in a row"), sentence);
        assertThrows(UserException.class, () -> Criteria.parse("! !C001"));
        assertEquals(6, count("account=!\"!C001\""), "a quoted ! is a value's own");
    }

    @Test
    void accountLookupsFindAnAccountWithDanishLettersInAnyCase() {
        Optional<Customer> posting = ledger.inTransaction(work -> new PostingStore(work).customer("æble"));
        assertEquals("ÆBLE", posting.orElseThrow().getAccount());
        Optional<Customer> setup = ledger.inTransaction(work -> new CustomerStore(work).find(" ødis "));
        assertEquals("Ødis", setup.orElseThrow().getAccount());
        assertEquals("C001", ledger.inTransaction(work -> new PostingStore(work).customer("c001")).orElseThrow().getAccount());
    }

    @Test
    void aLookupThatFoldsAlikeToTwoAccountsFindsNeitherButEachAsWritten() {
        String twoAccounts = "INSERT INTO customer (id, account, name, group_id, currency) VALUES "
                + "(7, 'ÆØ', 'Big', 1, 'DKK'), (8, 'æø', 'Small', 1, 'DKK')";
        if (TestLedgers.onPostgres()) {
            // PostgreSQL's unique index is on lower(account), which folds Æ as well: the two cannot both exist there.
            assertThrows(RuntimeException.class, () -> TestLedgers.execute(ledger, twoAccounts));
            return;
        }
        TestLedgers.execute(ledger, twoAccounts);
        assertEquals(Optional.empty(), ledger.inTransaction(work -> new PostingStore(work).customer("Æø").map(Customer::getAccount)));
        assertEquals("æø", ledger.inTransaction(work -> new PostingStore(work).customer("æø")).orElseThrow().getAccount());
        assertEquals("ÆØ", ledger.inTransaction(work -> new PostingStore(work).customer("ÆØ")).orElseThrow().getAccount());
    }
}
