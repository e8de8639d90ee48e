package dk.reimbursementdesk.ui.payment;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * The Vendor payments screen on a few hundred open invoices (a reimbursement run on a synthetic
 * ledger): one SQL page at a time, "Select all shown" taking every page, and the proposal's totals
 * over all of them, as the ledger's own sums say.
 */
@ExtendWith(ApplicationExtension.class)
class VendorPaymentsPagingScreenTest {

    static final String OPEN = " FROM vendor_transaction WHERE type = 'INVOICE' AND open_amount < 0";

    @TempDir
    Path dir;
    Ledger ledger;
    Screen screen;
    RecordingDialogService dialogs;
    Locale before;
    long open;

    @Start
    void start(Stage stage) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        ledger = TestLedgers.empty(dir);
        new SyntheticLedgerGenerator(ledger).generate(400, 4, 7);
        new ReimbursementService(ledger).run(new ReimbursementRequest(LocalDate.of(2026, 11, 2), false,
                Selection.all(CustomerQueryFields.CATALOG)), RunProgress.NONE);
        TestLedgers.execute(ledger, "UPDATE parameters SET bank_iban = 'DK5000400440116243', bank_bic = 'DABADKKK'");
        TestLedgers.execute(ledger, "UPDATE vendor SET iban = 'DK5000400440116243' WHERE iban IS NULL OR iban = ''");
        open = TestLedgers.count(ledger, "SELECT count(*)" + OPEN);
        assertTrue(open > 2 * InvoiceSelectionViewModel.PAGE_SIZE, "open invoices: " + open);
        dialogs = new RecordingDialogService();
        screen = new VendorPaymentsScreen().open(new ScreenContext(new Services(ledger), new FxTaskExecutor(), dialogs));
        stage.setScene(new Scene(screen.root(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        VendorPaymentsScreenTest.closeAndCheck(screen, ledger);
        Locale.setDefault(before);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        VendorPaymentsScreenTest.waitUntil(condition);
    }

    /** What the open invoices but {@code exceptId} owe, per currency in currency order, summed by the ledger. */
    private List<Money> owed(long exceptId) {
        return ledger.inTransaction(work -> work.sql().list("SELECT t.currency AS currency, c.decimals AS decimals, "
                + "sum(-t.open_amount) AS amount FROM vendor_transaction t JOIN currency c ON c.code = t.currency "
                + "WHERE t.type = 'INVOICE' AND t.open_amount < 0 AND t.id <> ? GROUP BY t.currency, c.decimals ORDER BY t.currency",
                row -> Money.ofMinor(row.number("amount"), row.text("currency"), row.integer("decimals")), exceptId));
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    @Test
    void theListShowsOnePageAtATimeAndTellsHowManyThereAreInAll(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        Label page = robot.lookup("#pageLabel").queryAs(Label.class);
        waitUntil(() -> invoices.getItems().size() == InvoiceSelectionViewModel.PAGE_SIZE);
        long pages = (open + 99) / 100;
        assertEquals("Invoices 1\u2013100 of " + count(open) + " (page 1 of " + pages + "), owing " + Formats.totals(owed(-1)),
                page.getText());
        assertEquals(count(open) + " open invoices, 0 selected.", robot.lookup("#selectionLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#previousPageButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#firstPageButton").queryButton().isDisabled());
        long firstOfPageOne = invoices.getItems().get(0).invoice().transactionId();

        robot.clickOn("#nextPageButton");
        waitUntil(() -> page.getText().startsWith("Invoices 101\u2013200 of "));
        assertEquals(100, invoices.getItems().size());
        assertNotEquals(firstOfPageOne, invoices.getItems().get(0).invoice().transactionId());
        assertFalse(robot.lookup("#previousPageButton").queryButton().isDisabled());

        robot.clickOn("#lastPageButton");
        long lastRows = open - (pages - 1) * 100;
        waitUntil(() -> invoices.getItems().size() == lastRows);
        assertTrue(page.getText().startsWith("Invoices " + count((pages - 1) * 100 + 1) + "\u2013" + count(open) + " of "),
                page.getText());
        assertTrue(robot.lookup("#nextPageButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#lastPageButton").queryButton().isDisabled());

        robot.clickOn("#firstPageButton");
        waitUntil(() -> !invoices.getItems().isEmpty() && invoices.getItems().get(0).invoice().transactionId() == firstOfPageOne);
    }

    @Test
    void selectAllShownTakesEveryPageAndUntickingOneLeavesOnlyItOutOfProposalAndBatch(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        Label page = robot.lookup("#pageLabel").queryAs(Label.class);
        Label selection = robot.lookup("#selectionLabel").queryAs(Label.class);
        Label proposal = robot.lookup("#proposalLabel").queryAs(Label.class);
        waitUntil(() -> invoices.getItems().size() == InvoiceSelectionViewModel.PAGE_SIZE);
        robot.interact(() -> robot.lookup("#paymentDateField").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 16)));
        long payments = TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT DISTINCT vendor_id, currency" + OPEN + ") AS payments");

        robot.clickOn("#selectAllButton");
        waitUntil(() -> proposal.getText().startsWith(count(payments) + " payments"));
        assertEquals(count(open) + " open invoices, " + count(open) + " selected.", selection.getText());
        assertEquals(count(payments) + " payments: " + Formats.totals(owed(-1)), proposal.getText(),
                "every page's invoices, totalled by the ledger");

        robot.clickOn("#nextPageButton");
        waitUntil(() -> page.getText().startsWith("Invoices 101\u2013200 of "));
        assertTrue(invoices.getItems().stream().allMatch(InvoiceRow::isSelected), "the rows of another page are selected too");
        InvoiceRow left = invoices.getItems().get(0);
        long leftId = left.invoice().transactionId();
        long paymentsWithout = TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT DISTINCT vendor_id, currency" + OPEN
                + " AND id <> " + leftId + ") AS payments");
        String totalsWithout = Formats.totals(owed(leftId));
        String without = count(paymentsWithout) + " payments: " + totalsWithout;
        Node box = robot.lookup("#invoiceTable .table-row-cell").match((TableRow<?> r) -> r.getItem() == left)
                .lookup(".check-box").query();
        robot.clickOn(box);
        waitUntil(() -> !left.isSelected() && proposal.getText().equals(without));
        assertEquals(count(open) + " open invoices, " + count(open - 1) + " selected.", selection.getText());

        robot.clickOn("#previousPageButton");
        waitUntil(() -> page.getText().startsWith("Invoices 1\u2013100 of "));
        assertTrue(invoices.getItems().stream().allMatch(InvoiceRow::isSelected));
        robot.clickOn("#nextPageButton");
        waitUntil(() -> page.getText().startsWith("Invoices 101\u2013200 of "));
        assertFalse(invoices.getItems().get(0).isSelected(), "the unticked row stays unticked");
        InvoiceRow again = invoices.getItems().get(0);
        assertFalse(robot.lookup("#invoiceTable .table-row-cell").match((TableRow<?> r) -> r.getItem() == again)
                .lookup(".check-box").queryAs(CheckBox.class).isSelected(), "and its box shows it");

        Button post = robot.lookup("#postButton").queryButton();
        waitUntil(() -> !post.isDisabled());
        dialogs.confirmWith(true);
        robot.clickOn(post);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Payment batch PB-000001 posted"));
        assertEquals(List.of("Post " + count(paymentsWithout) + " payments dated 16/11/2026: " + totalsWithout
                + "? The vendor invoices are settled, and a posted payment cannot be changed."), dialogs.questions);
        assertEquals(List.of(leftId), ledger.inTransaction(work -> work.sql().list("SELECT id" + OPEN, row -> row.number("id"))),
                "all but the unticked invoice are paid");
        waitUntil(() -> invoices.getItems().size() == 1);
        assertEquals("One open invoice, 0 selected.", selection.getText());
    }
}
