package dk.reimbursementdesk.ui.parameters;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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


@ExtendWith(ApplicationExtension.class)
class ParametersScreenTest {

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

    private void open(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new ParametersScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> !robot.lookup("#saveButton").queryButton().isDisabled());
    }

    private BigDecimal savedMinimum() {
        return new dk.reimbursementdesk.service.setup.ParametersService(ledger).load().minimumReimbursement();
    }

    @Test
    void badMinimumIsRefusedAtTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        open(robot);
        var before = TestLedgers.snapshot(ledger);
        TextField field = robot.lookup("#minimumField").queryAs(TextField.class);
        assertEquals("100.00", field.getText());
        for (String bad : new String[] {"-5", "12.345", "abc", "1,2,3"}) {
            robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(bad);
            assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), bad);
            // Leaving the field shows its sentence under it (Save stays off, so Enter does nothing).
            robot.type(KeyCode.ENTER).type(KeyCode.TAB);
            ScreenHarness.waitUntil(() -> !robot.lookup("#minimumFieldError").queryAs(Label.class).getText().isEmpty());
        }
        assertTrue(robot.lookup("#minimumFieldError").queryAs(Label.class).getText().contains("1,234.50"));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void goodMinimumIsSavedWithEnterAndSurvivesARestart(FxRobot robot) throws Exception {
        open(robot);
        TextField field = robot.lookup("#minimumField").queryAs(TextField.class);
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("1,250.5");
        robot.type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().isEmpty());
        assertEquals(new BigDecimal("1250.50"), savedMinimum());

        ScreenHarness.close(screen);
        ledger.close();
        ledger = Ledger.open(dir.resolve("ledger.db"));
        open(robot);
        assertEquals("1,250.50", robot.lookup("#minimumField").queryAs(TextField.class).getText());
    }

    @Test
    void theSmallCreditWriteOffAccountIsShownAndAnotherOneIsSaved(FxRobot robot) throws Exception {
        open(robot);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<dk.reimbursementdesk.service.setup.ParametersService.Choice> box =
                robot.lookup("#smallCreditWriteoffBox").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("3700", box.getValue().code());
        robot.interact(() -> box.setValue(box.getItems().stream().filter(c -> c.code().equals("1050")).findFirst().orElseThrow()));
        robot.clickOn("#saveButton");
        ScreenHarness.waitUntil(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().isEmpty());
        assertEquals("1050", new dk.reimbursementdesk.service.setup.ParametersService(ledger).load().smallCreditWriteoffAccount());
    }

    @Test
    void escapeDiscardsWhatWasTyped(FxRobot robot) throws Exception {
        open(robot);
        TextField field = robot.lookup("#minimumField").queryAs(TextField.class);
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("999");
        robot.type(KeyCode.ESCAPE);
        ScreenHarness.waitUntil(() -> "100.00".equals(field.getText()));
        assertEquals(new BigDecimal("100.00"), savedMinimum());
        Button save = robot.lookup("#saveButton").queryButton();
        assertFalse(save.isDisabled());
    }

    @Test
    void theCompanysBankAccountIsSetOnTheScreenAndABadIbanIsRefusedAtTheField(FxRobot robot) throws Exception {
        open(robot);
        var before = TestLedgers.snapshot(ledger);
        TextField iban = robot.lookup("#bankIbanField").queryAs(TextField.class);
        TextField bic = robot.lookup("#bankBicField").queryAs(TextField.class);
        robot.interact(iban::clear);
        robot.clickOn(iban).write("DK00").type(KeyCode.TAB);

        assertTrue(robot.lookup("#bankIbanFieldError").queryAs(Label.class).getText().startsWith("DK00 is not a valid IBAN"),
                robot.lookup("#bankIbanFieldError").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled());
        assertEquals(before, TestLedgers.snapshot(ledger));

        robot.interact(iban::clear);
        robot.clickOn(iban).write("dk58 1470 0000 9876 54");
        robot.interact(bic::clear);
        robot.clickOn(bic).write("dabadkkk");
        ScreenHarness.waitUntil(() -> !robot.lookup("#saveButton").queryButton().isDisabled());
        robot.clickOn("#saveButton");
        ScreenHarness.waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().length() > 0);

        assertEquals(1, TestLedgers.count(ledger,
                "SELECT count(*) FROM parameters WHERE bank_iban = 'DK5814700000987654' AND bank_bic = 'DABADKKK'"));
        assertEquals("", robot.lookup("#bankIbanFieldError").queryAs(Label.class).getText());
    }
}
