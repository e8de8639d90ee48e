package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.gl.VouchersView;
import dk.reimbursementdesk.ui.payment.VendorPaymentsScreen;
import dk.reimbursementdesk.ui.rates.ExchangeRatesScreen;
import dk.reimbursementdesk.ui.transaction.CustomerTransactionScreen;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A date that does not exist (31 February) is refused at its field with a sentence on every screen
 * with a date field, never moved to another day and never silently dropped, and nothing is written.
 */
@ExtendWith(ApplicationExtension.class)
class ImpossibleDateScreensTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Stage stage;
    Screen screen;
    Locale previous;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        ledger = TestLedgers.demo(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        ScreenHarness.close(screen);
        ledger.close();
        Locale.setDefault(previous);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void customerTransactionsRefusesTheThirtyFirstOfFebruaryAtTheFieldAndPostsNothing(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomerTransactionScreen(), new Services(ledger));
        var before = TestLedgers.snapshot(ledger);
        robot.clickOn("#customerField").write("C0006");
        ScreenHarness.waitUntil(() -> !text(robot, "#customerNameLabel").isEmpty());
        robot.clickOn("#documentField").write("INV-7003");
        robot.clickOn("#amountField").write("100.00");
        DatePicker date = robot.lookup("#datePicker").queryAs(DatePicker.class);
        robot.interact(() -> date.getEditor().clear());
        robot.clickOn("#datePicker .text-field").write("31/02/2026").type(KeyCode.TAB);

        assertEquals("\u201c31/02/2026\u201d is not a date; type it like 31/12/2026.", text(robot, "#datePickerError"));
        assertEquals(null, date.getValue(), "never moved to the 28th");
        assertTrue(robot.lookup("#postButton").queryButton().isDisabled(), "Post stays off while the date is wrong");
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aDueDateThatDoesNotExistIsToldInDanishAndNothingIsPostedWithoutIt(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        screen = ScreenHarness.show(stage, new CustomerTransactionScreen(), new Services(ledger));
        var before = TestLedgers.snapshot(ledger);
        robot.clickOn("#customerField").write("C0006");
        ScreenHarness.waitUntil(() -> !text(robot, "#customerNameLabel").isEmpty());
        robot.clickOn("#documentField").write("INV-7004");
        robot.clickOn("#amountField").write("100,00");
        robot.clickOn("#dueDatePicker .text-field").write("31.02.2026").type(KeyCode.TAB);

        assertEquals("»31.02.2026« er ikke en dato; skriv den som 31.12.2026.", text(robot, "#dueDatePickerError"));
        assertTrue(robot.lookup("#postButton").queryButton().isDisabled(), "Post stays off while the date is wrong");
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    @SuppressWarnings("unchecked")
    void exchangeRatesRefusesTheThirtyFirstOfFebruaryAndAddsNoRate(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new ExchangeRatesScreen(), new Services(ledger));
        TableView<?> table = robot.lookup("#rateTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 3);
        var before = TestLedgers.snapshot(ledger);
        robot.clickOn("#validFromPicker .text-field").write("31/02/2026").type(KeyCode.TAB);
        robot.clickOn("#rateField").write("7.4512").type(KeyCode.ENTER);

        assertEquals("\u201c31/02/2026\u201d is not a date; type it like 31/12/2026.", text(robot, "#validFromPickerError"));
        assertEquals(null, robot.lookup("#validFromPicker").queryAs(DatePicker.class).getValue());
        assertEquals(3, table.getItems().size());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aPaymentDateThatDoesNotExistKeepsPostOffWithTheSentenceUnderTheField(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new VendorPaymentsScreen(), new Services(ledger));
        DatePicker date = robot.lookup("#paymentDateField").queryAs(DatePicker.class);
        robot.interact(() -> date.getEditor().clear());
        robot.clickOn("#paymentDateField .text-field").write("31/02/2026").type(KeyCode.TAB);

        assertEquals("\u201c31/02/2026\u201d is not a date; type it like 31/12/2026.", text(robot, "#paymentDateFieldError"));
        assertTrue(robot.lookup("#postButton").queryButton().isDisabled());
    }

    @Test
    void aVoucherFilterDateThatDoesNotExistIsToldAndNotDroppedWhenTheFieldIsLeft(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, VouchersView::open, new Services(ledger));
        robot.clickOn("#fromPicker .text-field").write("31/02/2026").type(KeyCode.TAB);

        assertEquals("\u201c31/02/2026\u201d is not a date; type it like 31/12/2026.", text(robot, "#fromPickerError"));
    }

    @Test
    void aReversedVoucherDateRangeIsToldBesideTheToDateWhenItIsLeft(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, VouchersView::open, new Services(ledger));
        robot.clickOn("#fromPicker .text-field").write("01/10/2026").type(KeyCode.TAB);
        robot.clickOn("#toPicker .text-field").write("01/09/2026").type(KeyCode.TAB);

        assertEquals("The from date is after the to date.", text(robot, "#toPickerError"));
        assertEquals("", text(robot, "#fromPickerError"));
    }
}
