package dk.reimbursementdesk.ui.rates;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.setup.ExchangeRateService.Rate;
import dk.reimbursementdesk.service.setup.ExchangeRateService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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


@ExtendWith(ApplicationExtension.class)
class ExchangeRatesScreenTest {

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

    @SuppressWarnings("unchecked")
    private TableView<Rate> table(FxRobot robot) {
        return robot.lookup("#rateTable").queryAs(TableView.class);
    }

    @Test
    void futureRateIsAddedWithEnter(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new ExchangeRatesScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("#validFromPicker .text-field").write("01/01/2027").type(KeyCode.TAB);
        robot.clickOn("#rateField").write("7.4512").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 4);
        Rate newest = table(robot).getItems().get(0);
        assertEquals(LocalDate.of(2027, 1, 1), newest.validFrom());
        assertEquals(new BigDecimal("7.4512"), newest.rate());
    }

    @Test
    @SuppressWarnings("unchecked")
    void usedRateCannotBeCorrected(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new ExchangeRatesScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 3);
        var before = TestLedgers.snapshot(ledger);
        robot.clickOn(robot.from(table(robot)).lookup(".table-row-cell")
                .match((TableRow<Rate> r) -> r.isVisible() && r.getItem() != null && r.getIndex() == 0)
                .queryAs(javafx.scene.Node.class));
        ScreenHarness.waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("cannot be changed"));
        assertTrue(robot.lookup("#correctButton").queryButton().isDisabled());
        assertTrue(new ExchangeRateService(ledger).rates("EUR").get(0).used());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }
}
