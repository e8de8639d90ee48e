package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SavedSelection;
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
import javafx.scene.control.ComboBox;
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

    /** The dialog on a demo ledger, with accounts C0001 to C0004 selected through the query builder. */
    private Services openWithC0001ToC0004(FxRobot robot) throws Exception {
        Services services = demo();
        open(robot, () -> REIMBURSEMENT.open(new ScreenContext(services, tasks, new FxDialogService(stage))));
        waitUntil("all customers are counted", () -> text(robot, "#countText").equals("12 customers are selected"));
        robot.clickOn("#selectButton");
        robot.clickOn("#addButton");
        robot.write("C0001..C0004");
        robot.type(KeyCode.ENTER);
        waitUntil("the selection is counted", () -> text(robot, "#countText").equals("4 customers are selected"));
        return services;
    }

    /** The cell of the Amount to reimburse column in {@code row}, as the user double-clicks it. */
    private static javafx.scene.Node amountCell(FxRobot robot, TableView<Proposal> proposals, int row) {
        TableColumn<Proposal, ?> amount = proposals.getColumns().get(proposals.getColumns().size() - 1);
        // Cells a refresh set aside stay in the scene graph, invisible: the one drawn is the visible one.
        return robot.from(proposals).lookup((javafx.scene.control.TableCell<?, ?> c) -> c.getTableColumn() == amount
                && c.getIndex() == row && c.isVisible() && !c.isEmpty() && c.getTableRow() != null && c.getTableRow().isVisible()).query();
    }

    private static void typeAmount(FxRobot robot, TableView<Proposal> proposals, int row, String amount) {
        robot.doubleClickOn(amountCell(robot, proposals, row));
        WaitForAsyncUtils.waitForFxEvents();
        // On a cell already selected the first click of the two starts the edit and the second may end it: click once more.
        if (robot.from(amountCell(robot, proposals, row)).lookup(".text-field").tryQuery().isEmpty()) {
            robot.clickOn(amountCell(robot, proposals, row));
            WaitForAsyncUtils.waitForFxEvents();
        }
        // The cell's field starts with the amount as shown; type over all of it.
        javafx.scene.control.TextField field = robot.from(amountCell(robot, proposals, row)).lookup(".text-field")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(field::selectAll);
        robot.write(amount);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void lowerAnAmountInThePreviewRefusedOutOfBoundsAtTheCellThenPosted(FxRobot robot) throws Exception {
        Services services = openWithC0001ToC0004(robot);
        robot.clickOn("#previewButton");
        TableView<Proposal> proposals = robot.lookup("#proposals").queryTableView();
        waitUntil("the preview is shown", () -> !proposals.getItems().isEmpty());
        int bager = rowOf(proposals, "C0001", 0);
        int amountColumn = proposals.getColumns().size() - 1;
        assertEquals("250.00", cell(proposals, bager, amountColumn));

        // C0001's credit is 250.00 DKK, the minimum 100.00 DKK: each refusal keeps 250.00 and says why at the cell.
        typeAmount(robot, proposals, bager, "250.01");
        assertEquals("C0001 DKK: an amount can only be lowered, to at most the credit of 250.00 DKK.", text(robot, "#amountError"));
        assertEquals("250.00", cell(proposals, bager, amountColumn));
        assertTrue(amountCell(robot, proposals, bager).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));
        typeAmount(robot, proposals, bager, "99.99");
        assertEquals("C0001 DKK: the amount must reach the minimum reimbursement, at least 100.00 DKK.", text(robot, "#amountError"));
        typeAmount(robot, proposals, bager, "-5.00");
        assertEquals("C0001 DKK: the amount cannot be negative.", text(robot, "#amountError"));
        assertEquals("250.00", cell(proposals, bager, amountColumn));

        typeAmount(robot, proposals, bager, "200.00");
        assertEquals("", text(robot, "#amountError"));
        assertEquals("200.00", cell(proposals, bager, amountColumn));
        assertFalse(amountCell(robot, proposals, bager).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));

        robot.clickOn("#okButton");
        waitUntil("the run is done", () -> text(robot, "#status").startsWith("Posted 3 reimbursements"));
        assertTrue(text(robot, "#status").contains("1,000.00 DKK"), text(robot, "#status"));
        assertEquals(1, TestLedgers.count(ledger, """
                SELECT count(*) FROM reimbursement r JOIN customer c ON c.id = r.customer_id
                WHERE c.account = 'C0001' AND r.currency = 'DKK' AND r.amount = 20000"""));
        // The other 50.00 DKK stays open as C0001's credit balance.
        assertEquals(-5000, TestLedgers.count(ledger, """
                SELECT sum(o.open_amount) FROM customer_open_item o JOIN customer c ON c.id = o.customer_id
                WHERE c.account = 'C0001' AND o.currency = 'DKK'"""));
        assertEquals(List.of(), services.ledgerCheck().check().findings(), "the ledger check after posting");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SavedSelection> savedBox(FxRobot robot) {
        return robot.lookup("#savedSelectionBox").queryAs(ComboBox.class);
    }

    private static List<String> offered(FxRobot robot) {
        return savedBox(robot).getItems().stream().map(SavedSelection::name).toList();
    }

    /** The dialog over {@code services}, as the main window opens it. */
    private void openOn(FxRobot robot, Services services) {
        open(robot, () -> REIMBURSEMENT.open(new ScreenContext(services, tasks, new FxDialogService(stage))));
    }

    @Test
    void saveAsStoresTheRangesUnderANameAndTheDropDownChoosesThem(FxRobot robot) throws Exception {
        Services services = demo();
        services.savedSelections().save("Retail", "group=RETAIL");
        openOn(robot, services);
        waitUntil("all customers are counted", () -> text(robot, "#countText").equals("12 customers are selected"));
        assertEquals(List.of("Retail"), offered(robot));
        assertEquals("None", savedBox(robot).getButtonCell().getText());

        robot.clickOn("#selectButton");
        robot.clickOn("#addButton");
        robot.write("C0001..C0004");
        robot.clickOn("#saveAsButton");
        // Enter on an empty name is refused under the field, and the dialog stays.
        robot.type(KeyCode.ENTER);
        assertEquals("Name the selection.", text(robot, "#selectionNameSentence"));
        robot.clickOn("#selectionName").write("Friday");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved as “Friday”: Account is from C0001 to C0004.", text(robot, "#savedMessage"));
        assertEquals(List.of(new SavedSelection("Friday", "account=C0001..C0004"), new SavedSelection("Retail", "group=RETAIL")),
                services.savedSelections().all());

        // The same name in another case asks to replace; Cancel keeps the one saved.
        robot.clickOn("#saveAsButton");
        robot.clickOn("#selectionName").write("friday");
        assertEquals("There is a saved selection named “Friday” already: Replace gives it these ranges.",
                text(robot, "#selectionNameSentence"));
        assertTrue(robot.lookup((Button b) -> "Replace".equals(b.getText())).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // The builder's OK: the dialog's own OK (post) has the same id.
        robot.clickOn("OK");
        waitUntil("the selection is counted", () -> text(robot, "#countText").equals("4 customers are selected"));
        // The dialog's selection is the one saved as Friday: the drop-down says so.
        waitUntil("the drop-down offers Friday", () -> offered(robot).equals(List.of("Friday", "Retail")));
        assertEquals("Friday", savedBox(robot).getValue().name());

        // Choosing Retail sets the selection: its words and the live count follow.
        long retail = services.reimbursement().countSelectedCustomers(
                services.savedSelections().selection("Retail", CustomerQueryFields.CATALOG));
        robot.clickOn("#savedSelectionBox");
        robot.clickOn("Retail");
        waitUntil("Retail's words show", () -> text(robot, "#selectionText").equals("Customer group is RETAIL"));
        String expected = retail == 1 ? "1 customer is selected" : retail + " customers are selected";
        waitUntil("Retail is counted", () -> text(robot, "#countText").equals(expected));
    }

    @Test
    void manageRenamesAndDeletesAndTheDropDownFollows(FxRobot robot) throws Exception {
        Services services = demo();
        services.savedSelections().save("Friday", "account=C0001..C0004");
        services.savedSelections().save("Retail", "group=RETAIL");
        openOn(robot, services);
        waitUntil("the saved selections are offered", () -> offered(robot).equals(List.of("Friday", "Retail")));
        robot.interact(() -> savedBox(robot).setValue(savedBox(robot).getItems().get(1)));
        waitUntil("Retail's words show", () -> text(robot, "#selectionText").equals("Customer group is RETAIL"));

        robot.clickOn("#selectButton");
        robot.clickOn("#manageButton");
        TableView<SavedSelection> list = robot.lookup("#savedSelections").queryTableView();
        assertEquals(List.of("Friday", "Retail"), list.getItems().stream().map(SavedSelection::name).toList());

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#renameSelection");
        robot.interact(() -> robot.lookup("#selectionName").queryTextInputControl().clear());
        robot.clickOn("#selectionName").write("retail");
        assertEquals("There is a saved selection named “Retail” already; choose another name.", text(robot, "#selectionNameSentence"));
        robot.interact(() -> robot.lookup("#selectionName").queryTextInputControl().clear());
        robot.clickOn("#selectionName").write("Fredag");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("“Friday” is now “Fredag”.", text(robot, "#manageMessage"));

        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(s -> s.name().equals("Retail")).findFirst().orElseThrow()));
        robot.clickOn("#deleteSelection");
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("“Retail” was deleted.", text(robot, "#manageMessage"));
        assertEquals(List.of("Fredag"), list.getItems().stream().map(SavedSelection::name).toList());
        robot.clickOn("Close");
        robot.clickOn("#cancelButton");

        // Back in the dialog: the drop-down offers what is left; the selection, Retail's, is no longer saved.
        waitUntil("the drop-down follows Manage", () -> offered(robot).equals(List.of("Fredag")));
        assertNull(savedBox(robot).getValue());
        assertEquals("Customer group is RETAIL", text(robot, "#selectionText"));
        assertEquals(List.of(new SavedSelection("Fredag", "account=C0001..C0004")), services.savedSelections().all());
        assertEquals(List.of(), services.ledgerCheck().check().findings());
    }
    @Test
    void theTotalsLineFollowsALoweredAmount(FxRobot robot) throws Exception {
        openWithC0001ToC0004(robot);
        robot.clickOn("#previewButton");
        TableView<Proposal> proposals = robot.lookup("#proposals").queryTableView();
        waitUntil("the preview is shown", () -> !proposals.getItems().isEmpty());
        // C0001 250.00 + C0002 800.00 DKK, C0004 150.00 EUR at 1,117.88 DKK.
        assertTrue(text(robot, "#totals").startsWith("Totals: 1,050.00 DKK; 150.00 EUR (2,167.88 DKK in accounting currency)."),
                text(robot, "#totals"));

        typeAmount(robot, proposals, rowOf(proposals, "C0001", 0), "200.00");
        waitUntil("the totals follow", () -> text(robot, "#totals").startsWith(
                "Totals: 1,000.00 DKK; 150.00 EUR (2,117.88 DKK in accounting currency). 3 proposals"));

        // Back to the whole credit: the preview's own totals again.
        typeAmount(robot, proposals, rowOf(proposals, "C0001", 0), "250.00");
        waitUntil("the totals are the preview's again", () -> text(robot, "#totals").startsWith("Totals: 1,050.00 DKK; 150.00 EUR"));
    }

    @Test
    void putOnHoldFromAPreviewRowAsksTheReasonAndListsTheCustomerAsLeftOut(FxRobot robot) throws Exception {
        Services services = openWithC0001ToC0004(robot);
        robot.clickOn("#previewButton");
        TableView<Proposal> proposals = robot.lookup("#proposals").queryTableView();
        TableView<Exclusion> exclusions = robot.lookup("#exclusions").queryTableView();
        waitUntil("the preview is shown", () -> !proposals.getItems().isEmpty());
        typeAmount(robot, proposals, rowOf(proposals, "C0001", 0), "200.00");
        waitUntil("the totals follow", () -> text(robot, "#totals").startsWith("Totals: 1,000.00 DKK"));

        int moller = rowOf(proposals, "C0002", 0);
        robot.interact(() -> proposals.getSelectionModel().select(moller));
        robot.clickOn("#holdButton");
        // OK without a reason is refused at the field; the dialog stays.
        robot.clickOn("OK");
        assertEquals("Give the reason the customer is put on hold, e.g. disputed invoice.", text(robot, "#holdReasonSentence"));
        robot.clickOn("#holdReason").write("disputed invoice");
        robot.type(KeyCode.ENTER);

        waitUntil("the preview is made again", () -> exclusions.getItems().stream().anyMatch(e -> e.customerAccount().equals("C0002")));
        int held = rowOf(exclusions, "C0002", 0);
        assertEquals("On hold", cell(exclusions, held, 3));
        assertEquals("on hold: disputed invoice", cell(exclusions, held, 4));
        assertEquals(List.of("C0001", "C0004"), proposals.getItems().stream().map(Proposal::customerAccount).sorted().toList());
        assertEquals("C0002 is on hold: disputed invoice. The preview was made again without it.", text(robot, "#status"));
        assertEquals(java.util.Optional.of("disputed invoice"), services.holds().reason("C0002"));
        // C0001's lowered amount is kept, and the totals say so.
        assertEquals("200.00", cell(proposals, rowOf(proposals, "C0001", 0), proposals.getColumns().size() - 1));
        waitUntil("the totals follow the hold", () -> text(robot, "#totals").startsWith("Totals: 200.00 DKK; 150.00 EUR"));

        // A customer already left out can be put on hold from its row's context menu too.
        robot.interact(() -> exclusions.getSelectionModel().select(rowOf(exclusions, "C0003", 0)));
        javafx.scene.control.MenuItem menu = exclusions.getContextMenu().getItems().get(0);
        assertEquals("Put on hold…", menu.getText());
        // Not interact: the reason dialog waits modally inside the handler.
        javafx.application.Platform.runLater(menu::fire);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#holdReason").write("moved abroad");
        robot.type(KeyCode.ENTER);
        waitUntil("C0003 is left out on hold", () -> exclusions.getItems().stream()
                .anyMatch(e -> e.customerAccount().equals("C0003") && e.explanation().equals("on hold: moved abroad")));
        assertEquals(List.of(), services.ledgerCheck().check().findings(), "holds post nothing");
    }

    @Test
    void selectPreviewReadAReasonPostListAndReverse(FxRobot robot) throws Exception {
        // Select: accounts C0001 to C0004.
        Services services = openWithC0001ToC0004(robot);
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
