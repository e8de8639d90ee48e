package dk.reimbursementdesk.ui.payment;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PaymentFileReadBack;
import dk.reimbursementdesk.service.payment.PostedPayment;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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


/** The Vendor payments screen driven as AP staff use it, on a demo ledger after a reimbursement. */
@ExtendWith(ApplicationExtension.class)
class VendorPaymentsScreenTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Screen screen;
    final List<Path> filesAskedFor = new ArrayList<>();
    RecordingDialogService dialogs;
    Locale before;
    Stage stage;

    /** Within Monocle's headless screen of 1280 x 800, which refuses larger windows. */
    @Start
    void start(Stage stage) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        ledger = VendorPaymentsPreview.demoWithReimbursements(dir);
        dialogs = new RecordingDialogService().saveAs(name -> {
            Path file = dir.resolve("bank-" + filesAskedFor.size() + "-" + name);
            filesAskedFor.add(file);
            return file;
        });
        this.stage = stage;
        screen = new VendorPaymentsScreen().open(new ScreenContext(new Services(ledger), new FxTaskExecutor(), dialogs));
        stage.setScene(new Scene(screen.root(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        closeAndCheck(screen, ledger);
        Locale.setDefault(before);
    }

    /** Closes the screen on the FX thread, then the ledger check must find nothing, then the ledger is closed. */
    static void closeAndCheck(Screen screen, Ledger ledger) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.close()).get(10, TimeUnit.SECONDS);
        LedgerCheckService.Report report = new LedgerCheckService(ledger).check();
        assertTrue(report.allWell(), () -> String.join("\n", report.findings()));
        ledger.close();
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, ReimbursementStatus> statuses() {
        return ledger.inSessionTransaction(s -> s.createSelectionQuery("select r.number, r.status from Reimbursement r", Object[].class)
                .getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (ReimbursementStatus) r[1])));
    }

    @Test
    void selectingTheReimbursementInvoicesPostingAndExportingPaysTheReimbursements(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        waitUntil(() -> invoices.getItems().size() == 7);

        robot.clickOn("#reimbursementsOnlyBox");
        robot.clickOn("#showButton");
        waitUntil(() -> invoices.getItems().size() == 6);
        robot.interact(() -> robot.lookup("#paymentDateField").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 16)));
        robot.clickOn("#selectAllButton");

        Label leftOut = robot.lookup("#leftOutLabel").queryAs(Label.class);
        waitUntil(() -> leftOut.isVisible());
        assertEquals("Cannot be paid: Vendor OTV-000001 Møller & Søn A/S has no IBAN. Add it on the vendor, or leave the vendor out.",
                leftOut.getText());
        Label proposal = robot.lookup("#proposalLabel").queryAs(Label.class);
        assertEquals("5 payments: 1,170.00 DKK; 150.00 EUR; 1,000.00 SEK", proposal.getText());
        Button post = robot.lookup("#postButton").queryButton();
        assertTrue(post.isDisabled(), "a batch with a vendor that cannot be paid is not posted half-done");

        robot.clickOn("#leaveOutBox");
        waitUntil(() -> !post.isDisabled());
        dialogs.confirmWith(true);
        robot.clickOn(post);
        assertEquals(List.of("Post 5 payments dated 16/11/2026: 1,170.00 DKK; 150.00 EUR; 1,000.00 SEK? The vendor invoices"
                + " are settled, and a posted payment cannot be changed."), dialogs.questions);

        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Payment batch PB-000001 posted"));
        assertEquals("Payment batch PB-000001 posted: 5 payments, 1,170.00 DKK; 150.00 EUR; 1,000.00 SEK. Left out: OTV-000001",
                status.getText());
        waitUntil(() -> invoices.getItems().size() == 1);
        assertEquals("OTV-000001", invoices.getItems().get(0).invoice().vendorAccount());

        robot.clickOn("#exportButton");
        waitUntil(() -> status.getText().startsWith("Bank file"));
        assertEquals(1, filesAskedFor.size());
        Path file = filesAskedFor.get(0);
        assertTrue(file.getFileName().toString().endsWith("PB-000001-pain.001.001.09.xml"));
        PaymentFileReadBack read = PaymentFileReadBack.read(Files.readString(file), Pain001Version.V09);
        assertEquals("5", read.nbOfTxs());
        assertEquals(List.of("Refund RB-000003", "Refund RB-000005", "Refund RB-000006", "Refund RB-000001", "Refund RB-000004"),
                read.allTransfers().stream().map(t -> t.remittance().get(0)).toList(),
                "by currency block (EUR, SEK, DKK as first met), then by vendor account");

        Map<String, ReimbursementStatus> statuses = statuses();
        assertEquals(ReimbursementStatus.OPEN, statuses.get("RB-000002"));
        for (String paid : List.of("RB-000001", "RB-000003", "RB-000004", "RB-000005", "RB-000006")) {
            assertEquals(ReimbursementStatus.PAID, statuses.get(paid), paid);
        }

        robot.clickOn("Posted payments");
        TableView<PaymentBatchSummary> batches = robot.lookup("#batchTable").queryTableView();
        waitUntil(() -> batches.getItems().size() == 1 && batches.getItems().get(0).filePath() != null);
        assertEquals(file.toAbsolutePath().normalize(), batches.getItems().get(0).filePath());
        robot.clickOn("PB-000001");
        TableView<PostedPayment> batchPayments = robot.lookup("#batchPaymentTable").queryTableView();
        waitUntil(() -> batchPayments.getItems().size() == 5);
        assertEquals("PB-000001-0001 OTV-000002 150.00 EUR", batchPayments.getItems().get(0).endToEndId() + " "
                + batchPayments.getItems().get(0).vendorAccount() + " " + batchPayments.getItems().get(0).amount());
        robot.interact(() -> robot.lookup("#batchVersionCombo").<ComboBox<Pain001Version>>query().setValue(Pain001Version.V03));
        robot.clickOn("#reexportButton");
        waitUntil(() -> filesAskedFor.size() == 2 && Files.exists(filesAskedFor.get(1)));
        waitUntil(() -> batches.getItems().size() == 1 && batches.getItems().get(0).exportCount() == 2);
        PaymentFileReadBack again = PaymentFileReadBack.read(Files.readString(filesAskedFor.get(1)), Pain001Version.V03);
        assertNotEquals(read.msgId(), again.msgId());
        assertEquals(read.allTransfers(), again.allTransfers());
        assertEquals("PB-000001", batches.getSelectionModel().getSelectedItem().number(), "the chosen batch stays chosen");
        assertEquals(5, batchPayments.getItems().size());
    }

    @Test
    void postingIsAskedFirstAndAnsweringNoPostsNothing(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        robot.clickOn("#reimbursementsOnlyBox");
        robot.clickOn("#showButton");
        waitUntil(() -> invoices.getItems().size() == 6);
        robot.clickOn("#selectAllButton");
        robot.clickOn("#leaveOutBox");
        Button post = robot.lookup("#postButton").queryButton();
        waitUntil(() -> !post.isDisabled());
        var before = dk.reimbursementdesk.testing.TestLedgers.snapshot(ledger);

        dialogs.confirmWith(false);
        robot.clickOn(post);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).startsWith("Post 5 payments dated "), dialogs.questions.get(0));
        assertEquals(before, dk.reimbursementdesk.testing.TestLedgers.snapshot(ledger));
    }

    @Test
    void choosingASavedSelectionListsTheOpenInvoicesOfItsVendors(FxRobot robot) throws Exception {
        Services services = new Services(ledger);
        services.savedSelections().save("One-time vendors", "account=OTV-*");
        // The vendor account is a customer field: vendors cannot be selected on it, so it is not offered.
        services.savedSelections().save("Linked to V0001", "vendor=V0001");
        robot.interact(() -> {
            screen.close();
            screen = new VendorPaymentsScreen().open(new ScreenContext(services, new FxTaskExecutor(), dialogs));
            stage.setScene(new Scene(screen.root(), 1260, 780));
        });
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        @SuppressWarnings("unchecked")
        ComboBox<SavedSelection> saved = robot.lookup("#savedSelectionBox").queryAs(ComboBox.class);
        waitUntil(() -> invoices.getItems().size() == 7 && !saved.getItems().isEmpty());
        assertEquals(List.of("One-time vendors"), saved.getItems().stream().map(SavedSelection::name).toList());
        assertEquals("All vendors", robot.lookup("#savedSelectionText").queryAs(Label.class).getText());

        long oneTime = services.payments().openInvoicePage(new OpenInvoiceQuery(
                services.savedSelections().selection("One-time vendors", VendorQueryFields.CATALOG), "", null, false), 0, 100).summary().count();
        robot.clickOn("#savedSelectionBox");
        robot.clickOn("One-time vendors");
        waitUntil(() -> invoices.getItems().size() == oneTime);
        assertEquals("Account matches OTV-*", robot.lookup("#savedSelectionText").queryAs(Label.class).getText());
        assertEquals(List.of(), invoices.getItems().stream().map(r -> r.invoice().vendorAccount()).filter(a -> !a.startsWith("OTV-")).toList());
        Label page = robot.lookup("#pageLabel").queryAs(Label.class);
        assertEquals(true, page.getText().contains(" of " + oneTime + " "), page.getText());
    }
}
