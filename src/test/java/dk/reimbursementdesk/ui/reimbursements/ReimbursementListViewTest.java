package dk.reimbursementdesk.ui.reimbursements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


/**
 * The Reimbursement list rendering pages of the service's rows, and what it decides before asking the
 * service. Reaching the service fails the test; the flow through the real service is ReimbursementFlowTest.
 */
@ExtendWith(ApplicationExtension.class)
class ReimbursementListViewTest {

    private static final Locale BEFORE = Locale.getDefault();

    /**
     * Services over no ledger: reaching them fails the task, which shows as an error the tests check is
     * empty, and the rows the tests show are handed to the view model as the service would return them.
     */
    static final ReimbursementListService LIST_NOT_REACHED = new ReimbursementListService(null);
    static final ReimbursementService REVERSAL_NOT_REACHED = new ReimbursementService(null);

    private ReimbursementListViewModel viewModel;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        viewModel = new ReimbursementListViewModel(LIST_NOT_REACHED, REVERSAL_NOT_REACHED, () -> LocalDate.of(2026, 11, 24),
                new FxTaskExecutor());
        stage.setScene(new Scene(ReimbursementListScreen.screen(viewModel, new FxDialogService(stage)).root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(BEFORE);
    }

    static Row row(int n, ReimbursementStatus status) {
        return new Row(String.format("RB%06d", n), LocalDate.of(2026, 10, 31), "C0004", "Café Europa GmbH",
                "V0104", "EUR", new BigDecimal("150.00"), new BigDecimal("1117.88"), "RV000012", "VI000007", status, 3, null);
    }

    static List<Row> page(int size) {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            rows.add(row(i, i % 3 == 0 ? ReimbursementStatus.PAID : i % 5 == 0 ? ReimbursementStatus.REVERSED : ReimbursementStatus.OPEN));
        }
        return rows;
    }

    @Test
    void everyColumnOfARowIsShownInTheLocalesFormat(FxRobot robot) {
        robot.interact(() -> viewModel.showRows(1, 0, List.of(row(1, ReimbursementStatus.OPEN))));

        TableView<Row> table = robot.lookup("#table").queryTableView();
        List<String> cells = table.getColumns().stream()
                .map(column -> String.valueOf(((TableColumn<Row, ?>) column).getCellData(0))).toList();
        assertEquals(List.of("RB000001", "31/10/2026", "C0004", "Café Europa GmbH", "V0104", "EUR", "150.00", "1,117.88",
                "RV000012", "VI000007", "Open", "3"), cells);
    }

    @Test
    void thePageLineTellsWhichRowsOfHowManyAreShown(FxRobot robot) {
        robot.interact(() -> viewModel.showRows(100_000, 0, page(ReimbursementListViewModel.PAGE_SIZE)));

        assertEquals("Rows 1–100 of 100,000 (page 1 of 1,000)", text(robot, "#pageText"));
        assertTrue(button(robot, "#previousButton").isDisabled());
        assertFalse(button(robot, "#nextButton").isDisabled());

        robot.interact(() -> viewModel.showRows(100_000, 999, page(ReimbursementListViewModel.PAGE_SIZE)));

        assertEquals("Rows 99,901–100,000 of 100,000 (page 1,000 of 1,000)", text(robot, "#pageText"));
        assertFalse(button(robot, "#previousButton").isDisabled());
        assertTrue(button(robot, "#nextButton").isDisabled());
    }

    @Test
    void onlyAnOpenReimbursementCanBeReversedAndAPaidOneSaysWhy(FxRobot robot) {
        robot.interact(() -> viewModel.showRows(5, 0, page(5)));
        TableView<Row> table = robot.lookup("#table").queryTableView();
        Button reverse = button(robot, "#reverseButton");
        assertTrue(reverse.isDisabled(), "nothing selected");

        robot.interact(() -> table.getSelectionModel().select(0));
        assertFalse(reverse.isDisabled());
        assertEquals("", text(robot, "#reverseHint"));

        robot.interact(() -> table.getSelectionModel().select(2));
        assertTrue(reverse.isDisabled());
        assertEquals("RB000003 is paid: the vendor has received the money, so it cannot be reversed here.",
                text(robot, "#reverseHint"));

        robot.interact(() -> table.getSelectionModel().select(4));
        assertTrue(reverse.isDisabled());
        assertEquals("RB000005 is already reversed.", text(robot, "#reverseHint"));
    }

    @Test
    void aFromDateAfterTheToDateIsSaidAndNothingIsRead(FxRobot robot) {
        robot.interact(() -> {
            viewModel.fromProperty().set(LocalDate.of(2026, 12, 1));
            viewModel.toProperty().set(LocalDate.of(2026, 11, 1));
        });
        robot.sleep(2 * (long) ReimbursementListViewModel.FILTER_DELAY.toMillis());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("The from date 01/12/2026 is after the to date 01/11/2026; no reimbursement can lie between them.",
                text(robot, "#filterError"));
        assertEquals("", text(robot, "#error"), "the service was not reached");
    }

    @Test
    void aFilterDateThatIsNotADateIsSaidAndNothingIsRead(FxRobot robot) {
        robot.clickOn("#fromDate").write("13/13/2026").type(KeyCode.ENTER);
        robot.sleep(2 * (long) ReimbursementListViewModel.FILTER_DELAY.toMillis());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("“13/13/2026” is not a date; type it like 31/12/2026.", text(robot, "#filterError"));
        assertEquals("", text(robot, "#error"), "the service was not reached");
    }

    @Test
    void withNoRowsTheListSaysSoAndCannotExport(FxRobot robot) {
        robot.interact(() -> viewModel.showRows(0, 0, List.of()));

        assertEquals("No reimbursements", text(robot, "#pageText"));
        assertTrue(button(robot, "#exportButton").isDisabled());
        assertTrue(button(robot, "#nextButton").isDisabled());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }
}
