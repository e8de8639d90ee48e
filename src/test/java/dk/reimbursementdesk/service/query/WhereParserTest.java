package dk.reimbursementdesk.service.query;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WhereParserTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final QueryCatalog CUSTOMERS = CustomerQueryFields.CATALOG;

    private static UserException refusal(String where, QueryCatalog catalog) {
        return assertThrows(UserException.class, () -> WhereParser.parse(where, catalog));
    }

    @Test
    void blankWhereSelectsEverything() {
        assertTrue(WhereParser.parse(null, CUSTOMERS).isEmpty());
        assertTrue(WhereParser.parse("", CUSTOMERS).isEmpty());
        assertTrue(WhereParser.parse("  ", CUSTOMERS).isEmpty());
    }

    @Test
    void eachPairBecomesARow() {
        Selection selection = WhereParser.parse("group=RETAIL,WHOLESALE;account=C0*;currency=!USD", CUSTOMERS);
        assertEquals(List.of(
                new Selection.Row(CustomerQueryFields.GROUP, Criteria.parse("RETAIL,WHOLESALE")),
                new Selection.Row(CustomerQueryFields.ACCOUNT, Criteria.parse("C0*")),
                new Selection.Row(CustomerQueryFields.CURRENCY, Criteria.parse("!USD"))), selection.rows());
    }

    @Test
    void semicolonInsideQuotesDoesNotSplit() {
        Selection selection = WhereParser.parse("name=\"A;B\";currency=DKK", CUSTOMERS);
        assertEquals(2, selection.rows().size());
        assertEquals(List.of("A;B", "DKK"), CriteriaSql.where(Engine.SQLITE, selection.fieldCriteria()).parameters());
    }

    @Test
    void onlyTheFirstEqualsSeparatesFieldFromCriteria() {
        assertEquals(List.of("a=b"), CriteriaSql.where(Engine.SQLITE, WhereParser.parse("name=a=b", CUSTOMERS).fieldCriteria()).parameters());
    }

    @Test
    void fieldNameIgnoresCaseAndSpaces() {
        Selection selection = WhereParser.parse(" Account = C001 ", CUSTOMERS);
        assertEquals(List.of(new Selection.Row(CustomerQueryFields.ACCOUNT, Criteria.parse("C001"))), selection.rows());
    }

    @Test
    void emptyPairsAreSkipped() {
        assertEquals(2, WhereParser.parse("account=C001;;currency=DKK;", CUSTOMERS).rows().size());
    }

    @Test
    void vendorWhereUsesVendorFields() {
        Selection selection = WhereParser.parse("group=SUPPLIERS", VendorQueryFields.CATALOG);
        assertEquals(VendorQueryFields.GROUP, selection.rows().get(0).field());
    }

    @Test
    void unknownFieldIsRefusedListingTheKnownOnes() {
        UserException refused = refusal("colour=red", CUSTOMERS);
        assertEquals("query.where.unknownField", refused.getKey());
        assertEquals("There is no field “colour” to select on; the fields are account, name, group, currency, vendor.",
                refused.format(Locale.ENGLISH));
    }

    @Test
    void vendorFieldIsUnknownForVendors() {
        UserException refused = refusal("vendor=V1", VendorQueryFields.CATALOG);
        assertEquals("Der findes intet felt »vendor« at udvælge på; felterne er account, name, group, currency.",
                refused.format(DANISH));
    }

    @Test
    void pairWithoutEqualsIsRefused() {
        UserException refused = refusal("account=C001;C002", CUSTOMERS);
        assertEquals("query.where.missingEquals", refused.getKey());
        assertTrue(refused.format(Locale.ENGLISH).contains("“C002”"));
    }

    @Test
    void pairWithoutFieldNameIsRefused() {
        assertEquals("query.where.missingField", refusal("=C001", CUSTOMERS).getKey());
    }

    @Test
    void unquotedSemicolonInValueSplitsThePair() {
        assertEquals("query.where.missingEquals", refusal("name='; DROP TABLE customer; --", CUSTOMERS).getKey());
    }

    @Test
    void invalidCriteriaNamesTheFieldAndTheProblem() {
        UserException refused = refusal("group=RETAIL;account=A,,B", CUSTOMERS);
        assertEquals("query.where.invalidCriteria", refused.getKey());
        assertEquals("query.criteria.emptyValue", ((UserException) refused.getCause()).getKey());
        assertEquals("In the selection for account: The criteria “A,,B” has an empty value in its list; remove the extra comma.",
                refused.format(Locale.ENGLISH));
    }

    @Test
    void invalidCriteriaIsNamedInDanishForDanishUsers() {
        UserException refused = refusal("account=\"C", CUSTOMERS);
        assertTrue(refused.format(DANISH).startsWith("I udvælgelsen for account: Kriteriet »\"C« har et anførselstegn"),
                refused.format(DANISH));
    }

    @Test
    void emptyCriteriaNamesTheField() {
        UserException refused = refusal("currency=", CUSTOMERS);
        assertEquals("query.criteria.empty", ((UserException) refused.getCause()).getKey());
        assertTrue(refused.format(Locale.ENGLISH).startsWith("In the selection for currency: The criteria is empty."));
    }
}
