package dk.reimbursementdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.app.DeskSession;
import dk.reimbursementdesk.ui.common.FreshStage;
import dk.reimbursementdesk.app.LanguagePreference;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.gl.VoucherRow;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.gl.TrialBalanceViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a demo ledger, driven as a user would: mouse, keyboard and menus. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final Locale originalLocale = Locale.getDefault();
    private final LanguagePreference preference = LanguagePreference.inMemory();
    private Path dir;
    private Ledger ledger;
    private DeskSession session;

    @Start
    void start(Stage stage) throws IOException {
        Locale.setDefault(Locale.UK);
        dir = Files.createTempDirectory("main-window-test");
        ledger = TestLedgers.demo(dir);
        session = new DeskSession(stage, ledger, ScreenRegistry.standard(), preference);
        FreshStage.clear(stage);
        session.show(null);
        FreshStage.fit(stage);
    }

    @AfterEach
    void closeAndClean(FxRobot robot) throws IOException {
        robot.interact(() -> session.close());
        Locale.setDefault(originalLocale);
        WindowRobot.deleteTree(dir);
    }

    @Test
    void everyNavigationEntryShowsItsScreen(FxRobot robot) {
        Texts shell = Texts.of("i18n.shell");
        ScreenRegistry registry = ScreenRegistry.standard();
        for (NavItem item : NavItem.values()) {
            String label = shell.get(item.key());
            robot.clickOn(treeCell(robot, label));
            WaitForAsyncUtils.waitForFxEvents();
            if (registry.isBuilt(item)) {
                continue;
            }
            Label sentence = robot.lookup("#notBuiltSentence").queryAs(Label.class);
            assertEquals(shell.format("notBuilt.sentence", label), sentence.getText(), item.name());
        }
    }

    @Test
    void vouchersListsTheFirstVoucherAndItsLines(FxRobot robot) {
        robot.clickOn(treeCell(robot, "Vouchers"));
        TableView<VoucherRow> table = robot.lookup("#voucherTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        assertEquals("V-000001", table.getItems().get(0).number());
        assertTrue(robot.lookup(".table-cell").match(hasText("V-000001")).tryQuery().isPresent());
        assertTrue(robot.lookup(".table-cell").match(hasText("01/09/2026")).tryQuery().isPresent(), "date in the locale's form");
        assertTrue(robot.lookup(".table-cell").match(hasText("1,000.00")).tryQuery().isPresent(), "amount in the locale's form");

        robot.clickOn(robot.lookup(".table-cell").match(hasText("V-000001")).queryAs(Node.class));
        TableView<?> lines = robot.lookup("#lineTable").queryTableView();
        waitUntil(() -> lines.getItems().size() == 2);
        assertTrue(robot.lookup(".table-cell").match(hasText("5600")).tryQuery().isPresent());
    }

    @Test
    void voucherFilterNarrowsTheList(FxRobot robot) {
        robot.clickOn(treeCell(robot, "Vouchers"));
        TableView<VoucherRow> table = robot.lookup("#voucherTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        robot.clickOn("#filterField").write("INV-1004").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        assertTrue(table.getItems().get(0).description().contains("INV-1004"));
    }

    @Test
    void trialBalanceTotalsAreEqual(FxRobot robot) {
        robot.clickOn(treeCell(robot, "Trial balance"));
        TableView<TrialBalanceViewModel.Line> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        TrialBalanceViewModel.Line total = table.getItems().get(table.getItems().size() - 1);
        assertTrue(total.total());
        assertEquals(total.debit(), total.credit());
        assertTrue(total.debit().signum() > 0);
        String summary = robot.lookup("#trialBalanceSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("equal"), summary);
    }

    @Test
    void statusBarNamesTheFileAndMarksDemoData(FxRobot robot) {
        String ledgerText = robot.lookup("#ledgerLabel").queryAs(Label.class).getText();
        assertTrue(ledgerText.contains(ledger.file().toString()), ledgerText);
        assertTrue(robot.lookup("#companyLabel").queryAs(Label.class).getText().contains("Demo A/S"));
        Label demo = robot.lookup("#demoMarker").queryAs(Label.class);
        assertTrue(demo.isVisible());
        assertEquals("Demo data", demo.getText());
    }

    @Test
    void enterOpensTheEntryChosenWithTheKeyboard(FxRobot robot) {
        robot.clickOn(treeCell(robot, "Accounts receivable"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#customerTable").tryQuery().isPresent(), "the Customers screen opened");
    }

    @Test
    void fileImportOpensTheImportScreen(FxRobot robot) {
        robot.clickOn(menuText(robot, "File"));
        robot.clickOn(menuText(robot, "Import\u2026"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importRun").tryQuery().isPresent(), "the Import screen opened");
    }

    @Test
    void checkLedgerShowsTheAllWellSentence(FxRobot robot) {
        robot.clickOn(menuText(robot, "Tools"));
        robot.clickOn(menuText(robot, "Check ledger"));
        String allWell = new UserException("check.allWell").getMessage();
        waitUntil(() -> robot.lookup(hasTextNode(allWell)).tryQuery().isPresent());
        robot.clickOn("OK");
    }

    @Test
    void switchingToDanishRelabelsTheNavigationAndKeepsTheScreen(FxRobot robot) {
        robot.clickOn(treeCell(robot, "Vouchers"));
        robot.clickOn(menuText(robot, "File"));
        WindowRobot.clickInSubmenu(robot, "Language", "Dansk");

        List<String> labels = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .map(TreeCell::getText).filter(text -> text != null && !text.isEmpty()).toList();
        assertTrue(labels.containsAll(List.of("Debitorer", "Alle debitorer", "Debitorparametre", "Refusion", "Kreditorer",
                "Alle kreditorer", "Finans", "Bilag", "Råbalance", "Valutakurser")), labels.toString());
        assertEquals("Demodata", robot.lookup("#demoMarker").queryAs(Label.class).getText());
        TableView<VoucherRow> table = robot.lookup("#voucherTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        assertTrue(robot.lookup(".table-cell").match(hasText("1.000,00")).tryQuery().isPresent(), "Danish amounts");
        assertEquals(java.util.Optional.of("da"), preference.load());
    }

    @Test
    void openingAnotherLedgerReplacesTheCurrentOneAndReleasesIt(FxRobot robot) throws IOException {
        Path otherDir = Files.createDirectory(dir.resolve("other"));
        Path other;
        try (Ledger created = TestLedgers.empty(otherDir)) {
            other = created.file();
        }
        Path demoFile = ledger.file();
        robot.interact(() -> session.openLedger(other));

        assertTrue(robot.lookup("#ledgerLabel").queryAs(Label.class).getText().contains(other.toString()));
        assertTrue(robot.lookup("#companyLabel").queryAs(Label.class).getText().contains("Test ApS"));
        assertFalse(robot.lookup("#demoMarker").queryAs(Label.class).isVisible());
        try (Ledger reopened = Ledger.open(demoFile)) {
            assertEquals(demoFile, reopened.file(), "the demo ledger's lock was released");
        }
    }

    @Test
    void aLedgerThatCannotBeOpenedLeavesTheCurrentOneOpen(FxRobot robot) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "shopping list");
        robot.clickOn(treeCell(robot, "Trial balance"));
        java.util.concurrent.atomic.AtomicReference<UserException> refused = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            try {
                session.openLedger(notes);
            } catch (UserException e) {
                refused.set(e);
            }
        });
        assertEquals("ledger.notALedger", refused.get().getKey());
        assertTrue(robot.lookup("#ledgerLabel").queryAs(Label.class).getText().contains(ledger.file().toString()));
        TableView<TrialBalanceViewModel.Line> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
    }

    @Test
    void reimburseOnACustomerOpensTheReimbursementDialogForThatAccountPreviewed(FxRobot robot) {
        robot.clickOn(treeCell(robot, "Customers"));
        TableView<?> customers = robot.lookup("#customerTable").queryTableView();
        waitUntil(() -> customers.getItems().size() == 12);
        assertTrue(robot.lookup("#reimburseButton").queryButton().isDisabled(), "no customer chosen yet");
        robot.clickOn("#filterField").write("C0002");
        waitUntil(() -> customers.getItems().size() == 1);
        robot.interact(() -> customers.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#reimburseButton").queryButton().isDisabled());

        robot.clickOn("#reimburseButton");
        waitUntil(() -> robot.lookup("#proposals").tryQuery().isPresent()
                && !robot.lookup("#proposals").queryTableView().getItems().isEmpty());
        assertEquals("Account is C0002", robot.lookup("#selectionText").queryAs(Label.class).getText());
        TableView<dk.reimbursementdesk.service.reimbursement.Proposal> proposals = robot.lookup("#proposals").queryTableView();
        assertEquals(List.of("C0002"), proposals.getItems().stream().map(dk.reimbursementdesk.service.reimbursement.Proposal::customerAccount).toList());
        waitUntil(() -> "1 customer is selected".equals(robot.lookup("#countText").queryAs(Label.class).getText()));
        // The navigation shows where the user is now.
        javafx.scene.control.TreeView<?> navigation = robot.lookup(".tree-view").queryAs(javafx.scene.control.TreeView.class);
        assertEquals("Reimbursement", navigation.getSelectionModel().getSelectedItem().getValue().toString());
    }

    private static TreeCell<?> treeCell(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").match(hasText(text)).queryAs(TreeCell.class);
    }

    /** Menu titles and items carry their mnemonic underscore in the text; match without it. */
    private static Node menuText(FxRobot robot, String text) {
        return WindowRobot.labelled(robot, text);
    }

    private static java.util.function.Predicate<Node> hasTextNode(String text) {
        return node -> node instanceof Labeled labeled && text.equals(labeled.getText());
    }

    private static <T extends Node> java.util.function.Predicate<T> hasText(String text) {
        return node -> node instanceof Labeled labeled && text.equals(labeled.getText());
    }

    private static void waitUntil(BooleanSupplier condition) {
        WindowRobot.waitUntil(condition);
    }
}
