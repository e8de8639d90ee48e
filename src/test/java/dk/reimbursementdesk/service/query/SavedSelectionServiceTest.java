package dk.reimbursementdesk.service.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSelectionServiceTest {

    @TempDir
    Path dir;
    Ledger ledger;
    SavedSelectionService service;
    Locale previous;

    @BeforeEach
    void setUp() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        ledger = TestLedgers.empty(dir);
        service = new SavedSelectionService(ledger);
    }

    @AfterEach
    void tearDown() {
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
        Locale.setDefault(previous);
    }

    private String refusal(Runnable action) {
        return assertThrows(UserException.class, action::run).getMessage();
    }

    @Test
    void aSelectionFromTheQueryBuilderIsStoredInTheWhereSyntaxAndReadBackTheSame() {
        Selection built = Selection.all(CustomerQueryFields.CATALOG)
                .with(CustomerQueryFields.GROUP, Criteria.parse("RETAIL,WHOLESALE"))
                .with(CustomerQueryFields.ACCOUNT, Criteria.parse("\"C;1\",C0*"));
        SavedSelection saved = service.save("  Friday  ", built);
        assertEquals(new SavedSelection("Friday", "group=RETAIL,WHOLESALE;account=\"C;1\",C0*"), saved);
        assertEquals(built, service.selection("FRIDAY", CustomerQueryFields.CATALOG));
        assertEquals(List.of(saved), service.all());
    }

    @Test
    void aCriteriaWithAnUnquotedSemicolonCannotBeSavedBecauseItWouldReadBackAsTwoFields() {
        Selection built = Selection.all(CustomerQueryFields.CATALOG).with(CustomerQueryFields.NAME, Criteria.parse("A;B"));
        assertEquals("The criteria “A;B” holds a ; which a saved selection would read as the start of the next field; "
                + "put that value in double quotes.", refusal(() -> service.save("odd", built)));
        assertEquals(List.of(), service.all());
    }

    @Test
    void namesAreUniqueWhateverTheirCaseDanishLettersToo() {
        service.save("Ærø kunder", "group=RETAIL");
        assertEquals("There is a saved selection named “Ærø kunder” already; choose another name, or delete that one first.",
                refusal(() -> service.save("ÆRØ KUNDER", "group=EXPORT")));
        assertEquals("Name the selection.", refusal(() -> service.save("  ", "group=EXPORT")));
        assertEquals("The name “a b” holds a tab or a line break; write the name on one line, without tabs.",
                refusal(() -> service.save("a\tb", "group=EXPORT")));
        assertEquals("The name “" + "x".repeat(61) + "” is longer than 60 characters; choose a shorter one.",
                refusal(() -> service.save("x".repeat(61), "group=EXPORT")));
        assertEquals(1, service.all().size());
    }

    @Test
    void replaceGivesTheSelectionOfThatNameNewCriteriaOrSavesANewOne() {
        service.save("Friday", "account=C0001..C0004");
        Selection retail = Selection.all(CustomerQueryFields.CATALOG).with(CustomerQueryFields.GROUP, Criteria.parse("RETAIL"));
        assertEquals(new SavedSelection("FRIDAY", "group=RETAIL"), service.replace(" FRIDAY ", retail));
        assertEquals(new SavedSelection("Monday", "group=RETAIL"), service.replace("Monday", retail));
        assertEquals(List.of(new SavedSelection("FRIDAY", "group=RETAIL"), new SavedSelection("Monday", "group=RETAIL")), service.all());
        assertEquals("Name the selection.", refusal(() -> service.replace(" ", retail)));
    }

    @Test
    void renameKeepsTheCriteriaAndRefusesANameTakenByAnother() {
        service.save("Friday", "account=C0001..C0004");
        service.save("Monday", "group=RETAIL");
        assertEquals(new SavedSelection("FRIDAY", "account=C0001..C0004"), service.rename("friday", "FRIDAY"));
        assertEquals("There is a saved selection named “Monday” already; choose another name, or delete that one first.",
                refusal(() -> service.rename("FRIDAY", "monday")));
        assertEquals("There is no saved selection named “Sunday”.", refusal(() -> service.rename("Sunday", "Weekend")));
        assertEquals(List.of(new SavedSelection("FRIDAY", "account=C0001..C0004"), new SavedSelection("Monday", "group=RETAIL")),
                service.all());
    }

    @Test
    void deleteRemovesItAndAnUnknownNameIsRefused() {
        service.save("Friday", "account=C0001..C0004");
        assertEquals(new SavedSelection("Friday", "account=C0001..C0004"), service.delete("FRIDAY"));
        assertEquals(List.of(), service.all());
        assertEquals("There is no saved selection named “Friday”.", refusal(() -> service.delete("Friday")));
    }

    @Test
    void aDropDownOffersOnlyTheSelectionsWhoseFieldsItHas() {
        SavedSelection both = service.save("retail", "group=RETAIL");
        service.save("linked", "vendor=V*");
        assertEquals(List.of(both), service.fitting(VendorQueryFields.CATALOG));
        assertEquals(2, service.fitting(CustomerQueryFields.CATALOG).size());
        assertFalse(service.find("linked").orElseThrow().fits(VendorQueryFields.CATALOG));
        assertEquals("Vendor group is RETAIL", both.describe(VendorQueryFields.CATALOG, Locale.ENGLISH));
    }
}
