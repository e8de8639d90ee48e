package dk.reimbursementdesk.ui.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.HoldService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.setup.CustomerService.Row;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Hold and Release in the Customers screen's Miscellaneous details, on the demo ledger. */
@ExtendWith(ApplicationExtension.class)
class CustomerHoldScreenTest {

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
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
        Locale.setDefault(previous);
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table(FxRobot robot) {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    private String holdLine(FxRobot robot) {
        return robot.lookup("#holdLabel").queryAs(Label.class).getText();
    }

    private void select(FxRobot robot, String account) throws Exception {
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 12);
        robot.clickOn("#filterField").write(account);
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn(robot.from(table(robot)).lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<Row> r) -> r.isVisible() && r.getItem() != null && r.getItem().account().equals(account))
                .queryAs(javafx.scene.Node.class));
        ScreenHarness.waitUntil(() -> account.equals(robot.lookup("#accountField").queryAs(TextField.class).getText()));
    }

    private List<String> previewExplanations(String account) {
        return new ReimbursementService(ledger).preview(new ReimbursementRequest(LocalDate.of(2026, 11, 24), true,
                        Selection.all(CustomerQueryFields.CATALOG)), Locale.UK).exclusions().stream()
                .filter(e -> e.customerAccount().equals(account)).map(Exclusion::explanation).toList();
    }

    @Test
    void holdPutsTheCustomerOnHoldAndTheRunLeavesItOutUntilReleased(FxRobot robot) throws Exception {
        select(robot, "C0001");
        assertEquals("Not on hold: reimbursement runs include this customer.", holdLine(robot));
        assertTrue(robot.lookup("#releaseButton").queryAs(Button.class).isDisabled());

        robot.clickOn("#holdReasonField").write("disputed invoice");
        robot.clickOn("#holdButton");
        ScreenHarness.waitUntil(() -> holdLine(robot).startsWith("On hold for reimbursement: disputed invoice."));
        assertEquals(Optional.of("disputed invoice"), new HoldService(ledger).reason("C0001"));
        assertEquals(List.of("on hold: disputed invoice"), previewExplanations("C0001"));

        robot.clickOn("#releaseButton");
        ScreenHarness.waitUntil(() -> holdLine(robot).startsWith("Not on hold"));
        assertEquals(Optional.empty(), new HoldService(ledger).reason("C0001"));
        assertEquals(List.of(), previewExplanations("C0001"));
    }

    @Test
    void holdWithoutAReasonSaysSoAtTheFieldAndHoldsNothing(FxRobot robot) throws Exception {
        select(robot, "C0002");
        robot.clickOn("#holdButton");
        ScreenHarness.waitUntil(() -> holdLine(robot).startsWith("Give the reason"));
        assertEquals(Optional.empty(), new HoldService(ledger).reason("C0002"));
    }
}
