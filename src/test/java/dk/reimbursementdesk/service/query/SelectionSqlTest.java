package dk.reimbursementdesk.service.query;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generated SQL actually selects, run against a real migrated ledger. */
class SelectionSqlTest {

    private static final QueryCatalog CUSTOMERS = CustomerQueryFields.CATALOG;

    @TempDir
    Path dir;

    private Ledger ledger;

    @BeforeEach
    void createLedgerWithCustomers() {
        ledger = TestLedgers.schemaOnly(dir);
        ledger.inSessionTransaction(session -> session.doReturningWork(connection -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("INSERT INTO currency (code, name, decimals) VALUES ('DKK', 'Danish krone', 2), "
                        + "('EUR', 'Euro', 2), ('USD', 'US dollar', 2)");
                s.executeUpdate("INSERT INTO customer_group (id, code, name) VALUES (1, 'RETAIL', 'Retail'), "
                        + "(2, 'WHOLESALE', 'Wholesale'), (3, 'STAFF', 'Staff')");
                s.executeUpdate("INSERT INTO vendor_group (id, code, name) VALUES (1, 'SUPPLIERS', 'Suppliers'), "
                        + "(2, 'CUSTOMERS', 'Customers as vendors')");
                // Vendor 3 has an empty account: blank must mean empty as well as NULL.
                s.executeUpdate("INSERT INTO vendor (id, account, name, group_id, currency) VALUES "
                        + "(1, 'V1', 'Bager Hansen ApS', 2, 'DKK'), (2, 'V2', 'Nordic Bagers A/S', 2, 'USD'), "
                        + "(3, '', 'Nameless', 1, 'DKK'), (4, 'S100', 'Paper Supplies', 1, 'EUR')");
            }
            insertCustomer(connection, 1, "C001", "Bager Hansen ApS", 1, "DKK", 1);
            insertCustomer(connection, 2, "C002", "Hansen & Søn", 1, "EUR", null);
            insertCustomer(connection, 3, "c010", "Nordic Bagers A/S", 2, "USD", 2);
            insertCustomer(connection, 4, "C100", "100% Organic", 2, "DKK", null);
            insertCustomer(connection, 5, "C1000", "Foo_Bar", 3, "DKK", 3);
            insertCustomer(connection, 6, "D200", "Dansk Bager ApS", 3, "EUR", null);
            insertCustomer(connection, 7, "C_1", "Under Score", 1, "DKK", null);
            insertCustomer(connection, 8, "A,B", "Comma Co", 1, "DKK", null);
            return null;
        }));
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    private static void insertCustomer(Connection connection, int id, String account, String name, int group,
            String currency, Integer vendor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer (id, account, name, group_id, currency, vendor_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, account);
            insert.setString(3, name);
            insert.setInt(4, group);
            insert.setString(5, currency);
            insert.setObject(6, vendor);
            insert.executeUpdate();
        }
    }

    private Set<String> select(QueryCatalog catalog, String accountColumn, Selection selection) {
        SqlPredicate predicate = CriteriaSql.where(ledger.engine(), selection.fieldCriteria());
        String sql = "SELECT " + accountColumn + " FROM " + catalog.source().from() + " WHERE " + predicate.sql();
        return ledger.inSessionTransaction(session -> session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                List<Object> parameters = predicate.parameters();
                for (int i = 0; i < parameters.size(); i++) {
                    query.setObject(i + 1, parameters.get(i));
                }
                Set<String> accounts = new HashSet<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        accounts.add(rows.getString(1));
                    }
                }
                return accounts;
            }
        }));
    }

    private Set<String> customers(QueryField field, String criteria) {
        return select(CUSTOMERS, "c.account", Selection.all(CUSTOMERS).with(field, Criteria.parse(criteria)));
    }

    private Set<String> customers(String where) {
        return select(CUSTOMERS, "c.account", WhereParser.parse(where, CUSTOMERS));
    }

    private long customerCount() {
        return ledger.inSessionTransaction(s -> s.createSelectionQuery("select count(*) from Customer", Long.class).getSingleResult());
    }

    @Test
    void emptySelectionSelectsEveryCustomer() {
        assertEquals(Set.of("C001", "C002", "c010", "C100", "C1000", "D200", "C_1", "A,B"),
                select(CUSTOMERS, "c.account", Selection.all(CUSTOMERS)));
    }

    @Test
    void equalIgnoresCase() {
        assertEquals(Set.of("c010"), customers(CustomerQueryFields.ACCOUNT, "C010"));
    }

    @Test
    void groupCodeIgnoresCase() {
        assertEquals(Set.of("C001", "C002", "C_1", "A,B"), customers(CustomerQueryFields.GROUP, "retail"));
    }

    @Test
    void notEqualSelectsCustomersWithoutVendor() {
        assertEquals(Set.of("C002", "c010", "C100", "C1000", "D200", "C_1", "A,B"),
                customers(CustomerQueryFields.VENDOR, "!v1"));
    }

    @Test
    void rangeIncludesBothEndsAndIgnoresCase() {
        assertEquals(Set.of("C001", "C002", "c010", "C100"), customers(CustomerQueryFields.ACCOUNT, "c001..c100"));
    }

    @Test
    void rangeOpenAtTheEndSelectsFromItsStart() {
        assertEquals(Set.of("C100", "C1000", "C_1", "D200"), customers(CustomerQueryFields.ACCOUNT, "C100.."));
    }

    @Test
    void rangeOpenAtTheStartSelectsUpToItsEnd() {
        assertEquals(Set.of("A,B", "C001", "C002"), customers(CustomerQueryFields.ACCOUNT, "..C002"));
    }

    @Test
    void greaterThanExcludesTheValueItself() {
        assertEquals(Set.of("C1000", "C_1", "D200"), customers(CustomerQueryFields.ACCOUNT, ">C100"));
    }

    @Test
    void lessThanExcludesTheValueItself() {
        assertEquals(Set.of("A,B"), customers(CustomerQueryFields.ACCOUNT, "<C001"));
    }

    @Test
    void leadingWildcardMatchesSuffix() {
        assertEquals(Set.of("C001", "D200"), customers(CustomerQueryFields.NAME, "*aps"));
    }

    @Test
    void surroundingWildcardsMatchAnywhereIgnoringCase() {
        assertEquals(Set.of("C001", "c010", "D200"), customers(CustomerQueryFields.NAME, "*BAGER*"));
    }

    @Test
    void questionMarkMatchesExactlyOneCharacter() {
        assertEquals(Set.of("C001", "C002"), customers(CustomerQueryFields.ACCOUNT, "C00?"));
    }

    @Test
    void percentInDataMatchesOnlyAPercent() {
        assertEquals(Set.of("C100"), customers(CustomerQueryFields.NAME, "*%*"));
    }

    @Test
    void underscoreInDataMatchesOnlyAnUnderscore() {
        assertEquals(Set.of("C_1"), customers(CustomerQueryFields.ACCOUNT, "C_*"));
    }

    @Test
    void backslashInPatternIsAnOrdinaryCharacter() {
        assertEquals(Set.of(), customers(CustomerQueryFields.ACCOUNT, "C\\*"));
    }

    @Test
    void quotedCommaIsPartOfTheValue() {
        assertEquals(Set.of("A,B"), customers(CustomerQueryFields.ACCOUNT, "\"A,B\""));
    }

    @Test
    void unquotedCommaSeparatesAlternatives() {
        assertEquals(Set.of("C001", "D200"), customers(CustomerQueryFields.ACCOUNT, "C001, d200"));
    }

    @Test
    void quotedStarIsNoWildcard() {
        assertEquals(Set.of(), customers(CustomerQueryFields.ACCOUNT, "\"C*\""));
    }

    @Test
    void blankVendorSelectsMissingAndEmptyVendors() {
        assertEquals(Set.of("C002", "C100", "C1000", "D200", "C_1", "A,B"), customers(CustomerQueryFields.VENDOR, "\"\""));
    }

    @Test
    void notBlankVendorSelectsOnlyCustomersWithAVendorAccount() {
        assertEquals(Set.of("C001", "c010"), customers(CustomerQueryFields.VENDOR, "!\"\""));
    }

    @Test
    void negatedWildcardSelectsCustomersWithoutVendor() {
        assertEquals(Set.of("C002", "C100", "C1000", "D200", "C_1", "A,B"), customers(CustomerQueryFields.VENDOR, "!v*"));
    }

    @Test
    void negatedListExcludesEveryValue() {
        assertEquals(Set.of("c010"), customers(CustomerQueryFields.CURRENCY, "!DKK,!eur"));
    }

    @Test
    void mixedListKeepsAlternativesAndDropsExclusions() {
        assertEquals(Set.of("C001", "c010", "C100"), customers(CustomerQueryFields.ACCOUNT, "C001..C100,!C002"));
    }

    @Test
    void rowsOnTheSameFieldAreAlternatives() {
        Selection selection = Selection.all(CUSTOMERS)
                .with(CustomerQueryFields.GROUP, Criteria.parse("WHOLESALE"))
                .with(CustomerQueryFields.GROUP, Criteria.parse("STAFF"));
        assertEquals(Set.of("c010", "C100", "C1000", "D200"), select(CUSTOMERS, "c.account", selection));
    }

    @Test
    void rowsOnDifferentFieldsMustAllHold() {
        assertEquals(Set.of("C001", "C_1", "A,B"), customers("group=RETAIL;currency=DKK"));
    }

    @Test
    void whereStringCombinesListWildcardAndNegation() {
        assertEquals(Set.of("C001", "c010", "C100"), customers("group=RETAIL,WHOLESALE;account=C0*,C1*;currency=!EUR"));
    }

    @Test
    void quotedDropTableInWhereStringIsAnOrdinaryValue() {
        assertEquals(Set.of(), customers("name=\"'; DROP TABLE customer; --\""));
        assertEquals(8L, customerCount());
    }

    @Test
    void quotedDropTableIsAnOrdinaryValue() {
        assertEquals(Set.of(), customers(CustomerQueryFields.NAME, "\"'; DROP TABLE customer; --\""));
        assertEquals(8L, customerCount());
    }

    @Test
    void unquotedDropTableIsAnOrdinaryValue() {
        assertEquals(Set.of(), customers(CustomerQueryFields.NAME, "'; DROP TABLE customer; --"));
        assertEquals(8L, customerCount());
    }

    @Test
    void quoteInValueCannotWidenTheSelection() {
        assertEquals(Set.of(), customers(CustomerQueryFields.NAME, "x' OR '1'='1"));
        assertEquals(Set.of(), customers(CustomerQueryFields.NAME, "*' OR '1'='1*"));
        assertEquals(Set.of("C001", "C002", "c010", "C100", "C1000", "D200", "C_1", "A,B"),
                customers(CustomerQueryFields.NAME, "!x' OR '1'='1"));
    }

    @Test
    void vendorSelectionUsesVendorColumns() {
        Selection selection = WhereParser.parse("group=customers;name=*bager*", VendorQueryFields.CATALOG);
        assertEquals(Set.of("V1", "V2"), select(VendorQueryFields.CATALOG, "v.account", selection));
    }

    @Test
    void vendorBlankAccountSelectsTheEmptyOne() {
        Selection selection = WhereParser.parse("account=\"\"", VendorQueryFields.CATALOG);
        assertEquals(Set.of(""), select(VendorQueryFields.CATALOG, "v.account", selection));
    }
}
