package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.reimbursements.ReimbursementListScreen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


/**
 * The walk through the real services on a demo ledger: select customers with the query builder,
 * preview, read why a customer is left out, post, see the rows in the Reimbursement list, reverse one.
 * The screens are the ScreenFactories the main window opens.
 */
@ExtendWith(ApplicationExtension.class)
class ReimbursementFlowTest {

    private static final Locale BEFORE = Locale.getDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static final ReimbursementScreen REIMBURSEMENT = new ReimbursementScreen(CLOCK);
    static final ReimbursementListScreen REIMBURSEMENTS = new ReimbursementListScreen(CLOCK);

    @TempDir
    Path dir;

    private Stage stage;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Ledger ledger;
    private Screen screen;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        this.stage = stage;
        stage.setScene(new Scene(new Label("starting"), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (screen != null) {
            robot.interact(screen::close);
        }
        if (ledger != null) {
            ledger.close();
        }
        Locale.setDefault(BEFORE);
    }

    private Services demo() {
        ledger = TestLedgers.demo(dir);
        return new Services(ledger);
    }

    private void open(FxRobot robot, java.util.function.Supplier<Screen> next) {
        robot.interact(() -> {
            if (screen != null) {
                screen.close();
            }
            screen = next.get();
            stage.setScene(new Scene(screen.root(), 1200, 760));
            stage.sizeToScene();
        });
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static <S> String cell(TableView<S> table, int row, int column) {
        return String.valueOf(((TableColumn<S, ?>) table.getColumns().get(column)).getCellData(row));
    }

    private static <S> int rowOf(TableView<S> table, String firstColumnValue, int column) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (firstColumnValue.equals(cell(table, i, column))) {
                return i;
            }
        }
        throw new AssertionError(firstColumnValue + " is not in the table");
    }

    @Test
    void selectPreviewReadAReasonPostListAndReverse(FxRobot robot) throws Exception {
        Services services = demo();
        open(robot, () -> REIMBURSEMENT.open(new ScreenContext(services, tasks, new FxDialogService(stage))));
        waitUntil("all customers are counted", () -> text(robot, "#countText").equals("12 customers are selected"));

        // Select: accounts C0001 to C0004.
        robot.clickOn("#selectButton");
        robot.clickOn("#addButton");
        robot.write("C0001..C0004");
        robot.type(KeyCode.ENTER);
        waitUntil("the selection is counted", () -> text(robot, "#countText").equals("4 customers are selected"));
        assertEquals("Account is from C0001 to C0004", text(robot, "#selectionText"));

        // Preview: posts nothing.
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);
        robot.clickOn("#previewButton");
        TableView<Proposal> proposals = robot.lookup("#proposals").queryTableView();
        TableView<Exclusion> exclusions = robot.lookup("#exclusions").queryTableView();
        waitUntil("the preview is shown", () -> !proposals.getItems().isEmpty());
        assertEquals(before, TestLedgers.snapshot(ledger), "a preview writes nothing");
        assertEquals(List.of("C0001", "C0002", "C0004"), proposals.getItems().stream().map(Proposal::customerAccount).sorted().toList());
        int cafe = rowOf(proposals, "C0004", 0);
        assertEquals("150.00", cell(proposals, cafe, 3));
        assertEquals("1,117.88", cell(proposals, cafe, 4));
        assertEquals("New one-time vendor", cell(proposals, cafe, 5));
        assertEquals("V0001", cell(proposals, rowOf(proposals, "C0001", 0), 5));

        // Read an exclusion reason: C0003's 50.00 DKK is below the 100.00 DKK minimum, both figures said.
        int kaffe = rowOf(exclusions, "C0003", 0);
        assertEquals("Below the minimum", cell(exclusions, kaffe, 3));
        String why = cell(exclusions, kaffe, 4);
        assertTrue(why.contains("50.00") && why.contains("100.00"), why);

        // Post straight from the preview.
        robot.clickOn("#okButton");
        waitUntil("the run is done", () -> text(robot, "#status").startsWith("Posted 3 reimbursements"));
        String summary = text(robot, "#status");
        assertTrue(summary.contains("150.00 EUR") && summary.contains("1,050.00 DKK"), summary);
        assertTrue(summary.endsWith("2 one-time vendors were created."), summary);
        assertEquals("", text(robot, "#error"));
        assertEquals(List.of(), services.ledgerCheck().check().findings(), "the ledger check after posting");

        // The Reimbursement list shows the three, open.
        open(robot, () -> REIMBURSEMENTS.open(new ScreenContext(services, tasks, new FxDialogService(stage))));
        TableView<Row> list = robot.lookup("#table").queryTableView();
        waitUntil("the list is loaded", () -> list.getItems().size() == 3);
        assertEquals(List.of("C0001", "C0002", "C0004"), list.getItems().stream().map(Row::customerAccount).sorted().toList());
        int moller = rowOf(list, "C0002", 2);
        assertEquals(List.of("Møller & Søn A/S", "800.00", "Open"),
                List.of(cell(list, moller, 3), cell(list, moller, 6), cell(list, moller, 10)));

        // Reverse C0002's.
        robot.interact(() -> list.getSelectionModel().select(moller));
        robot.clickOn("#reverseButton");
        robot.type(KeyCode.ENTER);
        waitUntil("the reversal is shown", () -> text(robot, "#message").startsWith("Reimbursement "));
        waitUntil("the row is reloaded", () -> "Reversed".equals(cell(list, rowOf(list, "C0002", 2), 10)));
        robot.interact(() -> list.getSelectionModel().select(rowOf(list, "C0002", 2)));
        assertTrue(robot.lookup("#reverseButton").queryAs(Button.class).isDisabled());
        assertTrue(text(robot, "#reverseHint").endsWith("is already reversed."));
        assertEquals(List.of(), services.ledgerCheck().check().findings(), "the ledger check after reversing");
    }

    @Test
    void okWithoutASelectionAsksAndNoWritesNothing(FxRobot robot) throws Exception {
        Services services = demo();
        open(robot, () -> REIMBURSEMENT.open(new ScreenContext(services, tasks, new FxDialogService(stage))));
        waitUntil("all customers are counted", () -> text(robot, "#countText").equals("12 customers are selected"));
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);

        robot.clickOn("#okButton");
        robot.clickOn("No, go back");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, TestLedgers.snapshot(ledger));
        assertEquals("", text(robot, "#status"));
    }

    @Test
    void aCancelledRunWritesNothingAndSaysSo(FxRobot robot) throws Exception {
        Services services = demo();
        ReimbursementService service = services.reimbursement();
        ReimbursementViewModel viewModel = new ReimbursementViewModel(
                ReimbursementActions.of(service::countSelectedCustomers, service::preview, service::run), TODAY, tasks);
        open(robot, () -> ReimbursementScreen.screen(viewModel, new FxDialogService(stage)));
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);

        robot.interact(() -> {
            viewModel.post();
            viewModel.cancel();
        });
        waitUntil("the run has ended", () -> !viewModel.busyProperty().get());

        assertEquals("Cancelled. The run was rolled back: nothing was posted.", text(robot, "#status"));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void anInvalidCriteriaIsMarkedAtItsRowAndNothingRuns(FxRobot robot) throws Exception {
        Services services = demo();
        open(robot, () -> REIMBURSEMENT.open(new ScreenContext(services, tasks, new FxDialogService(stage))));
        robot.clickOn("#selectButton");
        robot.clickOn("#addButton");
        robot.write("!C0001..C0004");
        robot.type(KeyCode.ENTER);

        assertTrue(robot.lookup(".row-error").queryAs(Label.class).getText().startsWith("The criteria “!C0001..C0004” puts !"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("All customers", text(robot, "#selectionText"));
    }
}
