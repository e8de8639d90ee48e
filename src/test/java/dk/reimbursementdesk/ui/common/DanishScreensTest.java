package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.gl.VoucherRow;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.customer.CustomersScreen;
import dk.reimbursementdesk.ui.gl.VouchersView;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
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

/** Issue 16, defect 8: the screens in Danish, on the demo ledger made in Danish, at 1200x760. */
@ExtendWith(ApplicationExtension.class)
class DanishScreensTest {

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
    void setUp() throws Exception {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        // The program's own look, as the window has it: Primer pads a field more than JavaFX's Modena.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> Themes.apply(false)).get();
        ledger = TestLedgers.demo(dir);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        // the tests here set the stage's size, which TestFX's stage would keep for the next class
        robot.interact(() -> FreshStage.fit(stage));
        ScreenHarness.close(screen);
        ledger.close();
        Locale.setDefault(previous);
        org.testfx.util.WaitForAsyncUtils.asyncFx(Themes::reset).get();
    }

    @Test
    void theCustomersHoldRowAndVendorButtonsKeepTheirWholeLabels(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger));
        @SuppressWarnings("unchecked")
        TableView<CustomerService.Row> table = robot.lookup("#customerTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 12);
        robot.clickOn(robot.from(table).lookup(".table-row-cell")
                .match((TableRow<CustomerService.Row> r) -> r.getItem() != null && r.getItem().account().equals("C0001"))
                .queryAs(Node.class));
        ScreenHarness.waitUntil(() -> "C0001".equals(robot.lookup("#accountField").queryAs(TextField.class).getText()));

        assertTrue(robot.lookup("Alle debitorer").tryQuery().isPresent(), "the title is the tree's word");
        for (String id : new String[] {"#clearVendorButton", "#createVendorButton", "#holdButton", "#releaseButton"}) {
            Button button = robot.lookup(id).queryButton();
            // A squeezed button draws "…" instead of its label: its width never falls below what the label needs.
            assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5, id + " " + button.getWidth() + " < " + button.prefWidth(-1));
        }
    }

    @Test
    void theCustomersListShowsEveryColumnWholeAtItsInWindowSize(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger));
        // What the screen gets in the window at 1200x760: less the tree, the menu and the status bar.
        robot.interact(() -> {
            stage.setWidth(930);
            stage.setHeight(690);
        });
        TableView<?> table = robot.lookup("#customerTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 12);
        // The demo's longest group, WHOLESALE, was drawn "WHOLE…". A name may be cut: its tooltip and the form hold it whole.
        assertEquals(java.util.List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> CutTexts.in(table, CutTexts.cellOf(table.getColumns().get(1)))).get());
    }

    @Test
    void theCustomersFormShowsItsPromptsWholeAtItsInWindowSize(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger));
        inWindowSize(robot);
        TableView<?> table = robot.lookup("#customerTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 12);
        // Seen under Xvfb at 1200x760: 'Søg kredito…' in the vendor box, 'Årsag, fx omtvistet faktur' in the hold reason.
        Node form = robot.lookup("#holdReasonField").queryAs(Node.class);
        while (!(form instanceof javafx.scene.control.ScrollPane)) {
            form = form.getParent();
        }
        Node whole = form;
        assertEquals(java.util.List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(() -> CutTexts.in(whole)).get());
    }

    @Test
    void smallCreditsShowsARealisticNameWholeAtItsInWindowSize(FxRobot robot) throws Exception {
        // The benchmark ledger's longest name, drawn 'Bornholms E…' there at 1400x900.
        TestLedgers.execute(ledger, "UPDATE customer SET name = 'Bornholms Blomster Holding ApS' WHERE account = 'C0003'");
        screen = ScreenHarness.show(stage, new dk.reimbursementdesk.ui.writeoff.SmallCreditsScreen(java.time.Clock.fixed(
                java.time.Instant.parse("2026-12-01T12:00:00Z"), java.time.ZoneOffset.UTC)), new Services(ledger));
        inWindowSize(robot);
        TableView<?> table = robot.lookup("#creditTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 2);
        assertEquals(java.util.List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(() -> CutTexts.in(table)).get());
    }

    @Test
    void theParametersShowTheirChosenAccountsAndSequencesWholeAtTheirInWindowSize(FxRobot robot) throws Exception {
        TestLedgers.execute(ledger, "UPDATE number_sequence SET name = 'Engangskreditorer fra refusion af debitorer' WHERE code = 'ONE_TIME_VENDOR'");
        screen = ScreenHarness.show(stage, new dk.reimbursementdesk.ui.parameters.ParametersScreen(), new Services(ledger));
        inWindowSize(robot);
        javafx.scene.control.ComboBox<?> sequence = robot.lookup("#oneTimeSequenceBox").queryAs(javafx.scene.control.ComboBox.class);
        ScreenHarness.waitUntil(() -> sequence.getValue() != null);
        // Seen under Xvfb: 'ONE_TIME_VENDOR  One-time vend…' in the number series box.
        assertEquals(java.util.List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(() -> CutTexts.in(stage.getScene().getRoot())).get());
    }

    /** What a screen gets in the window at 1200x760: less the tree, the menu and the status bar. */
    private void inWindowSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(930);
            stage.setHeight(690);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReimbursementListKeepsItsButtonsWholeWhereTheWindowLeavesItLittleRoom(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new dk.reimbursementdesk.ui.reimbursements.ReimbursementListScreen(), new Services(ledger));
        // 1200 px less the navigation tree: what the list gets in the window at 1200x760.
        robot.interact(() -> stage.setWidth(930));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#firstButton", "#previousButton", "#nextButton", "#lastButton", "#exportButton",
                "#printRunButton", "#reverseButton"}) {
            Button button = robot.lookup(id).queryButton();
            assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5, id + " " + button.getWidth() + " < " + button.prefWidth(-1));
            assertTrue(button.localToScene(button.getBoundsInLocal()).getMaxX() <= stage.getScene().getWidth() + 0.5,
                    id + " lies beyond the window's right edge");
        }
        javafx.scene.control.Label page = robot.lookup("#pageText").queryAs(javafx.scene.control.Label.class);
        assertTrue(page.getWidth() >= page.prefWidth(-1) - 0.5, "the page text '" + page.getText() + "' is cut");
        // Seen under Xvfb: the customer filter's prompt clipped to 'konto eller del af navr'.
        TextField customer = robot.lookup("#customerFilter").queryAs(TextField.class);
        assertEquals(java.util.List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(() -> CutTexts.in(customer)).get());
    }

    @Test
    void vendorPaymentsScrollsRatherThanSqueezingTheInvoiceList(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new dk.reimbursementdesk.ui.payment.VendorPaymentsScreen(), new Services(ledger));
        // What the screen gets in the window at 1200x760: less the tree, the menu and the status bar.
        robot.interact(() -> {
            stage.setWidth(930);
            stage.setHeight(690);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        TableView<?> invoices = robot.lookup("#invoiceTable").queryAs(TableView.class);
        assertTrue(invoices.getHeight() >= 229.5, "the invoice list is " + invoices.getHeight() + " px high");
        for (var column : invoices.getColumns()) {
            assertTrue(column.getWidth() >= column.getMinWidth() - 0.5, column.getText() + " " + column.getWidth());
        }
        // Seen under Xvfb: 'COBADEFF…', 'ESSESESS…' in the BIC column (an eleven-letter BIC).
        for (var column : invoices.getColumns()) {
            if (column.getText().equals("BIC")) {
                javafx.scene.text.Text bic = new javafx.scene.text.Text("COBADEFFXXX");
                bic.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 14));
                assertTrue(column.getMinWidth() >= bic.getLayoutBounds().getWidth() + 20, "the BIC column is " + column.getMinWidth() + " px at least");
            }
        }
        Button export = robot.lookup("#exportButton").queryButton();
        assertTrue(export.getWidth() >= export.prefWidth(-1) - 0.5, "the bank file's button is cut: " + export.getWidth());
        // Seen under Xvfb: the vendor filter's prompt clipped to 'fx V0001 eller OTV-'.
        TextField vendor = robot.lookup("#vendorField").queryAs(TextField.class);
        assertEquals(java.util.List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(() -> CutTexts.in(vendor)).get());
    }

    @Test
    void theDemoMadeInDanishNamesItsAccountsSequencesAndGroupsInDanish() {
        assertEquals(java.util.List.of("Offentlig sektor", "Detail", "Engros"),
                TestLedgers.rows(ledger, "SELECT name FROM customer_group ORDER BY code"));
        assertEquals(java.util.List.of("Refusion til debitorer", "Varekreditorer", "Engangskreditorer"),
                TestLedgers.rows(ledger, "SELECT name FROM vendor_group WHERE code IN ('REFUNDS', 'SUPPLIERS', 'ONETIME') "
                        + "ORDER BY CASE code WHEN 'REFUNDS' THEN 1 WHEN 'SUPPLIERS' THEN 2 ELSE 3 END"));
        assertEquals(java.util.List.of("Debitorer"), TestLedgers.rows(ledger, "SELECT name FROM ledger_account WHERE number = '5600'"));
        assertEquals(java.util.List.of("Bilag"), TestLedgers.rows(ledger, "SELECT name FROM number_sequence WHERE code = 'VOUCHER'"));
    }

    @Test
    void voucherTextsReadAsDanishSentences(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, VouchersView::open, new Services(ledger));
        @SuppressWarnings("unchecked")
        TableView<VoucherRow> table = robot.lookup("#voucherTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> !table.getItems().isEmpty());

        assertTrue(table.getItems().stream().anyMatch(v -> v.description().equals("Kreditnota CN-3001, debitor C0002")),
                table.getItems().stream().map(VoucherRow::description).toList().toString());
        assertTrue(table.getItems().stream().noneMatch(v -> v.description().matches("[A-Z_]+ .*")), "no raw codes");
        // The posted row is as it was posted: the sentence is made when it is shown.
        assertEquals(1L, TestLedgers.count(ledger, "SELECT count(*) FROM voucher WHERE description = 'CREDIT_NOTE CN-3001 C0002'"));
    }

    @Test
    void theVoucherSearchFindsTheSentenceTheClerkReadsNotThePostedCode(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, VouchersView::open, new Services(ledger));
        @SuppressWarnings("unchecked")
        TableView<VoucherRow> table = robot.lookup("#voucherTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> !table.getItems().isEmpty());
        TextField filter = robot.lookup("#filterField").queryAs(TextField.class);

        robot.clickOn(filter).write("nota CN-3001, debitor").type(javafx.scene.input.KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Kreditnota CN-3001, debitor C0002", table.getItems().get(0).description());

        robot.interact(filter::clear);
        robot.clickOn(filter).write("CREDIT_NOTE").type(javafx.scene.input.KeyCode.ENTER);
        ScreenHarness.waitUntil(table.getItems()::isEmpty);
    }
}
