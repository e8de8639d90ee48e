package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.ExclusionReason;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The Reimbursement dialog rendering the service's records, and the checks it makes before any service
 * call. The actions fail the test if they are reached: what is tested here needs no service. The flow
 * through the real service (select, preview, post, list, reverse) is ReimbursementFlowTest.
 */
@ExtendWith(ApplicationExtension.class)
class ReimbursementViewTest {

    private static final Locale BEFORE = Locale.getDefault();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** Reaching the service here is a test failure; the task shows it as an error, which the tests check is empty. */
    static final ReimbursementActions NOT_REACHED = ReimbursementActions.of(
            selection -> {
                throw new AssertionError("the count is not started in these tests");
            },
            request -> {
                throw new AssertionError("preview must not be called");
            },
            (request, progress) -> {
                throw new AssertionError("run must not be called");
            });

    private ReimbursementViewModel viewModel;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        viewModel = new ReimbursementViewModel(NOT_REACHED, TODAY, new FxTaskExecutor());
        stage.setScene(new Scene(ReimbursementScreen.screen(viewModel, new FxDialogService(stage)).root(), 1100, 720));
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(BEFORE);
    }

    static Preview demoPreview() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("DKK", new BigDecimal("250.00"));
        totals.put("EUR", new BigDecimal("150.00"));
        return new Preview(
                List.of(new Proposal("C0001", "Bager Hansen ApS", "DKK", new BigDecimal("250.00"), new BigDecimal("250.00"), "V0001", false, "PAY-5001"),
                        new Proposal("C0004", "Café Europa GmbH", "EUR", new BigDecimal("150.00"), new BigDecimal("1117.88"), null, true, "PAY-5004")),
                List.of(new Exclusion("C0003", "Nordisk Kaffe ApS", "DKK", ExclusionReason.BELOW_MINIMUM,
                                "The credit balance 50.00 DKK is below the minimum reimbursement of 100.00 DKK."),
                        new Exclusion("C0007", "Aarhus Kommune", null, ExclusionReason.NO_OPEN_TRANSACTIONS,
                                "The customer has no open transactions.")),
                totals, new BigDecimal("1367.88"), "DKK", 1, 4);
    }

    @Test
    void thePreviewShowsEachProposalWithItsAmountsAndVendorAndTheTotals(FxRobot robot) {
        robot.interact(() -> viewModel.showPreview(demoPreview()));

        TableView<Proposal> proposals = robot.lookup("#proposals").queryTableView();
        assertEquals(2, proposals.getItems().size());
        assertEquals(List.of("C0004", "Café Europa GmbH", "EUR", "150.00", "1,117.88", "New one-time vendor", "PAY-5004", "150.00"), cells(proposals, 1));
        assertEquals("V0001", cells(proposals, 0).get(5));
        assertEquals("In DKK", proposals.getColumns().get(4).getText());
        assertEquals("Totals: 250.00 DKK; 150.00 EUR (1,367.88 DKK in accounting currency). 2 proposals, 2 left out of 4 "
                + "selected customers; 1 one-time vendor will be created.", text(robot, "#totals"));
    }

    @Test
    void eachCustomerLeftOutIsShownWithItsReasonAndTheServicesSentence(FxRobot robot) {
        robot.interact(() -> viewModel.showPreview(demoPreview()));

        TableView<Exclusion> exclusions = robot.lookup("#exclusions").queryTableView();
        assertEquals(List.of("C0003", "Nordisk Kaffe ApS", "DKK", "Below the minimum",
                "The credit balance 50.00 DKK is below the minimum reimbursement of 100.00 DKK."), cells(exclusions, 0));
        assertEquals(List.of("C0007", "Aarhus Kommune", "", "No open transactions", "The customer has no open transactions."),
                cells(exclusions, 1));
    }

    @Test
    void theRunSummaryTellsHowManyTheTotalPerCurrencyAndTheOneTimeVendorsCreated(FxRobot robot) {
        robot.interact(() -> viewModel.showPreview(demoPreview()));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("DKK", new BigDecimal("1170.00"));
        totals.put("SEK", new BigDecimal("1000.00"));

        robot.interact(() -> viewModel.showRun(new RunResult(3, 4, totals, new BigDecimal("1860.00"), 2)));

        assertEquals("Posted 4 reimbursements (run 3): 1,170.00 DKK; 1,000.00 SEK, in all 1,860.00 DKK in accounting currency. "
                + "2 one-time vendors were created.", text(robot, "#status"));
        assertTrue(robot.lookup("#proposals").queryTableView().getItems().isEmpty(), "a posted preview is gone");
    }

    @Test
    void summarizeCustomerIsOnByDefaultAsTheProcessDefines(FxRobot robot) {
        assertTrue(robot.lookup("#summarize").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertTrue(viewModel.request().summarizeProperty().get());
    }

    @Test
    void changingAnInputClearsThePreviewSoOkNeverPostsSomethingElseThanWasShown(FxRobot robot) {
        robot.interact(() -> viewModel.showPreview(demoPreview()));

        robot.clickOn("#summarize");

        assertTrue(robot.lookup("#proposals").queryTableView().getItems().isEmpty());
        assertTrue(robot.lookup("#exclusions").queryTableView().getItems().isEmpty());
        assertEquals("The posting date, summarize or selection changed: press Preview again to see what OK would post.",
                text(robot, "#status"));
    }

    @Test
    void aPostingDateThatIsNotADateIsSaidAtTheFieldAndNothingCanStart(FxRobot robot) {
        robot.doubleClickOn("#postingDate").eraseText(12).write("31/02/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("“31/02/2026” is not a date; type it like 31/12/2026.", text(robot, "#postingDateError"));
        assertTrue(robot.lookup("#previewButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#okButton").queryAs(Button.class).isDisabled());

        robot.doubleClickOn("#postingDate").eraseText(12).write("30/11/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(LocalDate.of(2026, 11, 30), viewModel.request().postingDateProperty().get());
        assertEquals("", text(robot, "#postingDateError"));
        assertFalse(robot.lookup("#previewButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void okWithoutASelectionAsksFirstAndNoPostsNothing(FxRobot robot) {
        assertEquals("All customers", text(robot, "#selectionText"));

        robot.clickOn("#okButton");
        assertEquals("No selection: every customer is included",
                robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText());
        robot.clickOn("No, go back");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(viewModel.busyProperty().get());
        assertEquals("", text(robot, "#error"), "the run was not reached");
        assertEquals("", text(robot, "#status"));
    }

    @Test
    void okWithoutASelectionKeepsNoAsTheDefaultSoEnterDoesNotPost(FxRobot robot) {
        robot.clickOn("#okButton");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(viewModel.busyProperty().get());
        assertEquals("", text(robot, "#error"), "the run was not reached");
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static <S> List<String> cells(TableView<S> table, int row) {
        return table.getColumns().stream().map(column -> String.valueOf(((TableColumn<S, ?>) column).getCellData(row))).toList();
    }
}
