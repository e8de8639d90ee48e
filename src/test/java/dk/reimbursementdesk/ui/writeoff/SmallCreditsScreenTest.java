package dk.reimbursementdesk.ui.writeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.Row;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.SmallCredit;
import dk.reimbursementdesk.testing.SmallCreditLedgers;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

/**
 * Accounts receivable &gt; Small credits on the real FXML screen over the ledger of
 * {@link SmallCreditLedgers} (small: C1 3.50 DKK, C2 40.00 DKK, C4 10.00 EUR = 74.50 DKK), today
 * being 2026-12-01, in British English.
 */
@ExtendWith(ApplicationExtension.class)
class SmallCreditsScreenTest {

    private static final LocalDate DAY = SmallCreditLedgers.DAY;

    @TempDir
    Path dir;
    Ledger ledger;
    Stage stage;
    Screen screen;
    Locale previous;
    final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        ledger = SmallCreditLedgers.create(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        ScreenHarness.close(screen);
        ledger.close();
        Locale.setDefault(previous);
    }

    private TableView<SmallCredit> open(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new SmallCreditsScreen(Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)), new Services(ledger), dialogs);
        TableView<SmallCredit> table = robot.lookup("#creditTable").queryTableView();
        ScreenHarness.waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    private static List<String> customers(TableView<SmallCredit> table) {
        return table.getItems().stream().map(c -> c.customer() + " " + c.currency()).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void clickRow(FxRobot robot, TableView<?> table, int index) {
        robot.clickOn(robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> r) -> r.getItem() != null && r.getIndex() == index).queryAs(Node.class));
    }

    private void assertLedgerChecks() {
        assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
    }

    @Test
    void listsEverySmallCreditOnTheDateWithItsAgeBucket(FxRobot robot) throws Exception {
        TableView<SmallCredit> table = open(robot);

        assertEquals(List.of("C1 DKK", "C2 DKK", "C4 EUR"), customers(table));
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "91–365 days".equals(l.getText())).tryQuery().isPresent());
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "0–30 days".equals(l.getText())).tryQuery().isPresent());
        assertEquals("3 small credits: 43.50 DKK; 10.00 EUR (118.00 DKK in accounting currency). None chosen.", text(robot, "#summary"));
        assertEquals("100.00 DKK (the minimum)", robot.lookup("#belowField").queryTextInputControl().getPromptText());
        assertTrue(robot.lookup("#writeOffButton").queryButton().isDisabled(), "nothing chosen yet");
        assertEquals("In DKK", table.getColumns().get(4).getText());
    }

    @Test
    void ctrlFPutsTheKeyboardInTheBelowFieldEvenFromTheWrittenOffTab(FxRobot robot) throws Exception {
        open(robot);
        javafx.scene.control.TextField below = robot.lookup("#belowField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> below.setText("50"));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));

        boolean[] focused = {false};
        robot.interact(() -> focused[0] = screen.focusFilter());

        assertTrue(focused[0]);
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex(), "turned to the Small credits tab");
        assertTrue(below.isFocused(), "the Below field has the keyboard");
        assertEquals("50", below.getSelectedText(), "its text selected, so typing replaces it");
    }

    @Test
    void f5ListsTheSmallCreditsAgainWithWhatTheLedgerGainedSince(FxRobot robot) throws Exception {
        TableView<SmallCredit> table = open(robot);
        new dk.reimbursementdesk.service.posting.PostingService(ledger).postCustomerTransaction(
                new dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest("C2",
                        dk.reimbursementdesk.domain.CustomerTransactionType.CREDIT_NOTE, LocalDate.of(2026, 11, 30), null,
                        "CN-2B", new java.math.BigDecimal("2.00"), null));
        assertEquals(0, new java.math.BigDecimal("40.00").compareTo(table.getItems().get(1).credit()), "nothing changes by itself");

        boolean[] refreshed = {false};
        robot.interact(() -> refreshed[0] = screen.refresh());

        assertTrue(refreshed[0]);
        ScreenHarness.waitUntil(() -> new java.math.BigDecimal("42.00").compareTo(table.getItems().get(1).credit()) == 0);
        assertEquals(List.of("C1 DKK", "C2 DKK", "C4 EUR"), customers(table));
    }

    @Test
    void inDanishTheScreenSpeaksDanishWithDanishAmountsAndDates(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        TableView<SmallCredit> table = open(robot);

        assertEquals("3 små kreditsaldi: 43,50 DKK; 10,00 EUR (118,00 DKK i regnskabsvaluta). Ingen valgt.", text(robot, "#summary"));
        assertEquals("I DKK", table.getColumns().get(4).getText());
        assertEquals("01.12.2026", robot.lookup("#datePicker").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText());
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "91–365 dage".equals(l.getText())).tryQuery().isPresent());
    }

    @Test
    void belowOlderThanAndTheSelectionNarrowTheList(FxRobot robot) throws Exception {
        TableView<SmallCredit> table = open(robot);

        robot.clickOn("#belowField").write("10").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals(List.of("C1 DKK"), customers(table));

        robot.doubleClickOn("#belowField").eraseText(2);
        robot.clickOn("#olderThanField").write("30").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 2);
        assertEquals(List.of("C1 DKK", "C4 EUR"), customers(table));

        // Select… opens the query builder; its first row is on the account.
        robot.clickOn("#selectButton");
        robot.clickOn("#addButton");
        robot.clickOn(".criteria-field").write("C4..C9");
        robot.clickOn("#okButton");
        ScreenHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals(List.of("C4 EUR"), customers(table));
        assertEquals("Account is from C4 to C9", text(robot, "#selectionText"));
    }

    @Test
    void aFilterThatCannotBeReadOrIsAboveTheMinimumIsSaidAtItsFieldAndListsNothing(FxRobot robot) throws Exception {
        TableView<SmallCredit> table = open(robot);

        robot.clickOn("#olderThanField").write("ninety").type(KeyCode.TAB);
        ScreenHarness.waitUntil(() -> !text(robot, "#olderThanFieldError").isEmpty());
        assertEquals("“ninety” is not a number of days; write a whole number such as 90.", text(robot, "#olderThanFieldError"));
        robot.doubleClickOn("#olderThanField").eraseText(6);

        robot.clickOn("#belowField").write("100.01").type(KeyCode.TAB);
        ScreenHarness.waitUntil(() -> !text(robot, "#belowFieldError").isEmpty());
        assertEquals("Only credits below the minimum reimbursement (100.00 DKK) are written off: 100.01 is above it, "
                + "and credits that large are reimbursed.", text(robot, "#belowFieldError"));
        assertTrue(table.getItems().isEmpty());
        assertTrue(robot.lookup("#writeOffButton").queryButton().isDisabled());
    }

    @Test
    void writeOffConfirmsTheCountAndTotalsPerCurrencyThenPostsTheChosenAndListsAgain(FxRobot robot) throws Exception {
        TableView<SmallCredit> table = open(robot);
        // Rows 2 and 3 chosen, as a click and a shift-click choose them.
        robot.interact(() -> table.getSelectionModel().selectRange(1, 3));
        assertEquals("3 small credits: 43.50 DKK; 10.00 EUR (118.00 DKK in accounting currency). 2 chosen.", text(robot, "#summary"));
        dialogs.confirmWith(true);

        robot.clickOn("#writeOffButton");
        ScreenHarness.waitUntil(() -> table.getItems().size() == 1 || !text(robot, "#creditsError").isEmpty());
        assertEquals("", text(robot, "#creditsError"));

        assertEquals(List.of("Write off 2 small credits on 01/12/2026: 40.00 DKK; 10.00 EUR (114.50 DKK in accounting currency)? "
                + "Each gets a voucher, Dr AR control / Cr the small-credit write-off account, and can be reversed on the Written off tab."),
                dialogs.questions);
        assertEquals(List.of("C1 DKK"), customers(table));
        assertEquals("Wrote off 2 small credits (WO-000001..WO-000002), 114.50 DKK in accounting currency.", text(robot, "#creditsMessage"));
        assertEquals(List.of("WO-000001|C2|4000|OPEN", "WO-000002|C4|1000|OPEN"), TestLedgers.rows(ledger,
                "SELECT o.number, c.account, o.amount, o.status FROM write_off o JOIN customer c ON c.id = o.customer_id ORDER BY o.id"));
        assertLedgerChecks();
    }

    @Test
    void declinedWriteOffWritesNothing(FxRobot robot) throws Exception {
        TableView<SmallCredit> table = open(robot);
        clickRow(robot, table, 1);
        var before = TestLedgers.snapshot(ledger);

        robot.clickOn("#writeOffButton");

        assertEquals(1, dialogs.questions.size());
        assertEquals(3, table.getItems().size());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void theWrittenOffTabListsTheWriteOffsAndReversesOneOnTheDateAsked(FxRobot robot) throws Exception {
        TableView<SmallCredit> table = open(robot);
        new Services(ledger).smallCredits().writeOff(new dk.reimbursementdesk.service.writeoff.SmallCreditService.Query(DAY, null, null, null),
                null);
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<Row> written = robot.lookup("#writtenTable").queryTableView();
        ScreenHarness.waitUntil(() -> written.getItems().size() == 3);
        clickRow(robot, written, 2);
        dialogs.answerDialog(LocalDate.of(2026, 12, 2));

        robot.clickOn("#reverseButton");
        ScreenHarness.waitUntil(() -> "REVERSED".equals(written.getItems().get(2).status()));

        String voucher = written.getItems().get(2).reversalVoucher();
        assertEquals("Reversed WO-000003 with voucher " + voucher + ": its credits are open again.", text(robot, "#writtenMessage"));
        assertEquals(List.of("2026-12-02"), TestLedgers.rows(ledger, "SELECT posting_date FROM voucher WHERE number = '" + voucher + "'"));
        assertTrue(robot.lookup("#reverseButton").queryButton().isDisabled(), "a reversed write-off cannot be reversed again");
        assertEquals("WO-000003 was reversed already, by voucher " + voucher + ".", text(robot, "#reverseHint"));
        ScreenHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals(List.of("C4 EUR"), customers(table));
        assertLedgerChecks();
    }

    @Test
    void exportWritesTheListedCreditsAndTheWriteOffsAsCsv(FxRobot robot) throws Exception {
        open(robot);
        Path credits = dir.resolve("small.csv");
        dialogs.chooseFile(credits);

        robot.clickOn("#exportButton");
        ScreenHarness.waitUntil(() -> !text(robot, "#creditsMessage").isEmpty());

        assertEquals("Exported 3 small credits to " + credits + ".", text(robot, "#creditsMessage"));
        List<String> lines = Files.readAllLines(credits, StandardCharsets.UTF_8);
        assertEquals(List.of("customer,customer_name,currency,amount,amount_acc,oldest_credit,age_days,age_bucket",
                "C1,Customer C1,DKK,3.50,3.50,2026-02-01,303,91-365", "C2,Customer C2,DKK,40.00,40.00,2026-11-20,11,0-30",
                "C4,Customer C4,EUR,10.00,74.50,2026-06-15,169,91-365"), lines);

        new Services(ledger).smallCredits().writeOff(new dk.reimbursementdesk.service.writeoff.SmallCreditService.Query(DAY, null, null, null),
                null);
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        ScreenHarness.waitUntil(() -> robot.lookup("#writtenTable").queryTableView().getItems().size() == 3);
        Path writeOffs = dir.resolve("write-offs.csv");
        dialogs.chooseFile(writeOffs);
        robot.clickOn("#writtenExportButton");
        ScreenHarness.waitUntil(() -> !text(robot, "#writtenMessage").isEmpty());

        assertEquals("Exported 3 write-offs to " + writeOffs + ".", text(robot, "#writtenMessage"));
        List<String> written = Files.readAllLines(writeOffs, StandardCharsets.UTF_8);
        assertEquals(String.join(",", dk.reimbursementdesk.service.writeoff.SmallCreditService.CSV_COLUMNS), written.get(0));
        assertEquals(4, written.size());
    }

    @Test
    void theReverseDialogRefusesADateBeforeTheWriteOffAtItsFieldAndCancelWritesNothing(FxRobot robot) throws Exception {
        new Services(ledger).smallCredits().writeOff(new dk.reimbursementdesk.service.writeoff.SmallCreditService.Query(DAY, null, null, null),
                null);
        screen = ScreenHarness.show(stage, new SmallCreditsScreen(Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)), new Services(ledger));
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<Row> written = robot.lookup("#writtenTable").queryTableView();
        ScreenHarness.waitUntil(() -> written.getItems().size() == 3);
        clickRow(robot, written, 0);
        var before = TestLedgers.snapshot(ledger);

        robot.clickOn("#reverseButton");
        javafx.scene.control.DatePicker date = robot.lookup("#reversalDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> date.setValue(DAY.minusDays(1)));

        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) date.getScene().getRoot();
        javafx.scene.control.Button reverse = (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertTrue(reverse.isDisabled());
        assertTrue(robot.from(pane).lookup(".field-error").queryAs(Label.class).getText()
                .startsWith("30/11/2026 is before the write-off was posted (01/12/2026)"));
        robot.interact(() -> date.setValue(DAY));
        assertTrue(!reverse.isDisabled());
        robot.clickOn(robot.from(pane).lookup((javafx.scene.control.Button b) -> "Cancel".equals(b.getText())).queryButton());

        assertEquals(before, TestLedgers.snapshot(ledger));
        assertEquals("OPEN", written.getItems().get(0).status());
    }
}
