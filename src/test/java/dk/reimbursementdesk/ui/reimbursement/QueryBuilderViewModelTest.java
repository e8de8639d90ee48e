package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import dk.reimbursementdesk.persistence.query.SqlPredicate;
import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The query builder's rows and how they become a Selection; the default locale is English (surefire). */
class QueryBuilderViewModelTest {

    @Test
    void anInvalidCriteriaIsMarkedAtItsRowWithTheParsersSentence() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        RangeRowViewModel good = builder.addRow();
        RangeRowViewModel bad = builder.addRow();
        good.criteriaProperty().set("C0001..C0005");
        bad.criteriaProperty().set("!C0001..C0005");

        assertEquals("", good.errorProperty().get());
        assertTrue(bad.errorProperty().get().startsWith("The criteria “!C0001..C0005” puts ! before a range"),
                bad.errorProperty().get());
        assertEquals(Optional.empty(), builder.accept());
    }

    @Test
    void aReversedRangeIsMarkedAtItsRowAndTheQueryIsNotAccepted() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        RangeRowViewModel reversed = builder.addRow();
        reversed.criteriaProperty().set("C0005..C0001");

        assertEquals("The criteria “C0005..C0001” runs backwards: C0005 comes after C0001, so it matches nothing."
                + " Write the lower value first: C0001..C0005.", reversed.errorProperty().get());
        assertEquals(Optional.empty(), builder.accept());

        reversed.criteriaProperty().set("c0001..C0005");
        assertEquals("", reversed.errorProperty().get(), "case does not turn a range around");
    }

    @Test
    void anEmptyRowIsOnlyMarkedWhenTheQueryIsAccepted() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        RangeRowViewModel row = builder.addRow();
        assertEquals("", row.errorProperty().get());

        assertEquals(Optional.empty(), builder.accept());
        assertTrue(row.errorProperty().get().startsWith("The criteria is empty."), row.errorProperty().get());
    }

    @Test
    void correctingARowClearsItsSentence() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        RangeRowViewModel row = builder.addRow();
        row.criteriaProperty().set("\"C0001");
        assertFalse(row.errorProperty().get().isEmpty());

        row.criteriaProperty().set("\"C0001\"");
        assertEquals("", row.errorProperty().get());
        assertTrue(builder.accept().isPresent());
    }

    @Test
    void rowsOnTheSameFieldCombineWithOrAndOnDifferentFieldsWithAnd() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        builder.addRow().criteriaProperty().set("C0001..C0005");
        builder.addRow().criteriaProperty().set("*ApS");
        RangeRowViewModel group = builder.addRow();
        group.fieldProperty().set(CustomerQueryFields.GROUP);
        group.criteriaProperty().set("retail,wholesale");

        Selection selection = builder.accept().orElseThrow();

        assertEquals("Account is from C0001 to C0005 or matches *ApS; customer group is retail or wholesale",
                selection.describe(java.util.Locale.ENGLISH));
        assertEquals(3, selection.rows().size());
        SqlPredicate sql = CriteriaSql.where(Engine.SQLITE, selection.fieldCriteria());
        assertTrue(sql.sql().matches("\\(\\(.*c\\.account.* OR .*c\\.account.*\\) AND .*cg\\.code.*\\)"), sql.sql());
    }

    @Test
    void typedCriteriaTravelAsParametersNeverAsSql() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        RangeRowViewModel name = builder.addRow();
        name.fieldProperty().set(CustomerQueryFields.NAME);
        name.criteriaProperty().set("x' OR 1=1 --");

        SqlPredicate sql = CriteriaSql.where(Engine.SQLITE, builder.accept().orElseThrow().fieldCriteria());

        assertFalse(sql.sql().contains("OR 1=1"), sql.sql());
        assertEquals(List.of("x' OR 1=1 --"), sql.parameters());
    }

    @Test
    void theWordsFollowEveryKeystroke() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        RangeRowViewModel row = builder.addRow();
        row.fieldProperty().set(CustomerQueryFields.GROUP);
        for (String typed : List.of("r", "re", "ret", "reta", "retai", "retail")) {
            row.criteriaProperty().set(typed);
            assertEquals("Customer group is " + typed, builder.descriptionProperty().get());
        }
    }

    @Test
    void noRowsMeansAllCustomers() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        assertEquals("All customers", builder.descriptionProperty().get());
        assertTrue(builder.accept().orElseThrow().isEmpty());
    }

    @Test
    void theCurrentSelectionFillsTheRowsAsTyped() {
        Selection current = Selection.all(CustomerQueryFields.CATALOG)
                .with(CustomerQueryFields.CURRENCY, Criteria.parse("!DKK"))
                .with(CustomerQueryFields.ACCOUNT, Criteria.parse("C0001, C0004"));

        QueryBuilderViewModel builder = new QueryBuilderViewModel(current);

        assertEquals(2, builder.rows().size());
        assertEquals(CustomerQueryFields.CURRENCY, builder.rows().get(0).fieldProperty().get());
        assertEquals("C0001, C0004", builder.rows().get(1).criteriaProperty().get());
        assertEquals(current, builder.accept().orElseThrow());
    }

    @Test
    void aNewRowTakesTheFieldOfTheRowAboveAndRemovingARowDropsItsCondition() {
        QueryBuilderViewModel builder = new QueryBuilderViewModel(Selection.all(CustomerQueryFields.CATALOG));
        RangeRowViewModel first = builder.addRow();
        first.fieldProperty().set(CustomerQueryFields.VENDOR);
        first.criteriaProperty().set("\"\"");
        RangeRowViewModel second = builder.addRow();
        assertEquals(CustomerQueryFields.VENDOR, second.fieldProperty().get());
        second.criteriaProperty().set("V0001");

        builder.removeRow(first);

        assertEquals("Vendor account is V0001", builder.descriptionProperty().get());
    }
}
