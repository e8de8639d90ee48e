package dk.reimbursementdesk.service.query;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final QueryCatalog CUSTOMERS = CustomerQueryFields.CATALOG;

    private static Selection groupsAndAccounts() {
        return Selection.all(CUSTOMERS)
                .with(CustomerQueryFields.GROUP, Criteria.parse("RETAIL,WHOLESALE"))
                .with(CustomerQueryFields.ACCOUNT, Criteria.parse("C0*"));
    }

    @Test
    void emptySelectionIsEveryCustomerInWords() {
        assertEquals("All customers", Selection.all(CUSTOMERS).describe(Locale.ENGLISH));
        assertEquals("Alle debitorer", Selection.all(CUSTOMERS).describe(DANISH));
    }

    @Test
    void emptyVendorSelectionIsEveryVendorInWords() {
        assertEquals("All vendors", Selection.all(VendorQueryFields.CATALOG).describe(Locale.ENGLISH));
        assertEquals("Alle kreditorer", Selection.all(VendorQueryFields.CATALOG).describe(DANISH));
    }

    @Test
    void emptySelectionIsAlwaysTrue() {
        Selection all = Selection.all(CUSTOMERS);
        assertTrue(all.isEmpty());
        assertEquals(new SqlPredicate("1=1", List.of()), CriteriaSql.where(Engine.SQLITE, all.fieldCriteria()));
    }

    @Test
    void fieldsAreDescribedAsOneSentence() {
        assertEquals("Customer group is RETAIL or WHOLESALE; account matches C0*", groupsAndAccounts().describe(Locale.ENGLISH));
    }

    @Test
    void fieldsAreDescribedInDanish() {
        assertEquals("Debitorgruppe er RETAIL eller WHOLESALE; konto matcher C0*", groupsAndAccounts().describe(DANISH));
    }

    @Test
    void rowsOnTheSameFieldAreDescribedAsAlternatives() {
        Selection selection = Selection.all(CUSTOMERS)
                .with(CustomerQueryFields.VENDOR, Criteria.parse("\"\""))
                .with(CustomerQueryFields.VENDOR, Criteria.parse("V1..V9,!V5"));
        assertEquals("Vendor account is blank or (is from V1 to V9 and is not V5)", selection.describe(Locale.ENGLISH));
    }

    @Test
    void differentFieldsAreJoinedWithAnd() {
        SqlPredicate predicate = CriteriaSql.where(Engine.SQLITE, groupsAndAccounts().fieldCriteria());
        assertEquals("(((cg.code = ? COLLATE NOCASE) OR (cg.code = ? COLLATE NOCASE)) AND (c.account LIKE ? ESCAPE '\\'))",
                predicate.sql());
        assertEquals(List.of("RETAIL", "WHOLESALE", "C0%"), predicate.parameters());
    }

    @Test
    void rowsOnTheSameFieldAreJoinedWithOrEvenWhenSeparated() {
        Selection selection = Selection.all(CUSTOMERS)
                .with(CustomerQueryFields.GROUP, Criteria.parse("RETAIL"))
                .with(CustomerQueryFields.CURRENCY, Criteria.parse("DKK"))
                .with(CustomerQueryFields.GROUP, Criteria.parse("STAFF"));
        SqlPredicate predicate = CriteriaSql.where(Engine.SQLITE, selection.fieldCriteria());
        assertEquals("(((cg.code = ? COLLATE NOCASE) OR (cg.code = ? COLLATE NOCASE)) AND (c.currency = ? COLLATE NOCASE))",
                predicate.sql());
        assertEquals(List.of("RETAIL", "STAFF", "DKK"), predicate.parameters());
    }

    @Test
    void placeholdersMatchParameters() {
        Selection selection = WhereParser.parse("account=A..B,!C*,\"\";name=>x;vendor=!\"\",V1", CUSTOMERS);
        SqlPredicate predicate = CriteriaSql.where(Engine.SQLITE, selection.fieldCriteria());
        assertEquals(predicate.sql().chars().filter(c -> c == '?').count(), predicate.parameters().size());
        assertEquals(List.of("A", "B", "C%", "x", "V1"), predicate.parameters());
    }

    @Test
    void addingARowLeavesTheOriginalUnchanged() {
        Selection all = Selection.all(CUSTOMERS);
        Selection one = all.with(CustomerQueryFields.ACCOUNT, Criteria.parse("C001"));
        assertTrue(all.isEmpty());
        assertEquals(1, one.rows().size());
        assertThrows(UnsupportedOperationException.class, () -> one.rows().clear());
    }

    @Test
    void fieldOfAnotherCatalogIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Selection.all(CUSTOMERS).with(VendorQueryFields.ACCOUNT, Criteria.parse("V1")));
    }

    @Test
    void fieldsKnowTheirColumns() {
        assertEquals(List.of("c.account", "c.name", "cg.code", "c.currency", "v.account"),
                CUSTOMERS.fields().stream().map(QueryField::column).toList());
        assertEquals(List.of("v.account", "v.name", "vg.code", "v.currency"),
                VendorQueryFields.CATALOG.fields().stream().map(QueryField::column).toList());
    }

    @Test
    void everyFieldHasANameInBothLanguages() {
        for (QueryCatalog catalog : List.of(CUSTOMERS, VendorQueryFields.CATALOG)) {
            for (QueryField field : catalog.fields()) {
                assertFalse(field.displayName(Locale.ENGLISH).isBlank());
                assertNotEquals(field.displayName(Locale.ENGLISH), field.displayName(DANISH), field.key());
            }
        }
    }
}
