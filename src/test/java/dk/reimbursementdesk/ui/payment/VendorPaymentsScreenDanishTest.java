package dk.reimbursementdesk.ui.payment;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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


/** The screen in Danish: labels, amounts and dates in the Danish form, sentences in Danish. */
@ExtendWith(ApplicationExtension.class)
class VendorPaymentsScreenDanishTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Screen screen;
    Locale before;

    @Start
    void start(Stage stage) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        ledger = VendorPaymentsPreview.demoWithReimbursements(dir);
        screen = new VendorPaymentsScreen().open(new ScreenContext(new Services(ledger), new FxTaskExecutor(), new RecordingDialogService()));
        stage.setScene(new Scene(screen.root(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.close()).get(10, TimeUnit.SECONDS);
        ledger.close();
        Locale.setDefault(before);
    }

    @Test
    void labelsAmountsDatesAndSentencesAreDanish(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> invoices.getItems().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("Kreditorbetalinger").tryQuery().isPresent());
        assertTrue(robot.lookup("Betalingskladde").tryQuery().isPresent());
        assertTrue(robot.lookup("Bogførte betalinger").tryQuery().isPresent());
        assertEquals("Bogfør betalinger", robot.lookup("#postButton").queryButton().getText());
        assertTrue(robot.lookup("800,00 DKK").tryQuery().isPresent());
        assertTrue(robot.lookup("1.000,00 SEK").tryQuery().isPresent());
        assertTrue(robot.lookup("02.11.2026").tryQuery().isPresent());

        robot.clickOn("#selectAllButton");
        Label leftOut = robot.lookup("#leftOutLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, leftOut::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kan ikke betales: Kreditor OTV-000001 Møller & Søn A/S har intet IBAN. Tilføj det på kreditoren, "
                + "eller udelad kreditoren.", leftOut.getText());
    }

    @Test
    void aFilterThatCannotBeReadIsToldBesideTheFieldAsSoonAsItIsLeft(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> invoices.getItems().size() == 7);

        robot.clickOn("#groupField").write("\"RETAIL").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#groupFieldError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertFalse(error.getText().isEmpty());
        assertTrue(robot.lookup("#vendorFieldError").queryAs(Label.class).getText().isEmpty(), "the vendor field is fine");
    }

    @Test
    void aFilterThatCannotBeReadIsToldAtTheFieldAndNothingIsRead(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> invoices.getItems().size() == 7);
        Map<String, List<String>> snapshot = TestLedgers.snapshot(ledger);

        robot.clickOn("#vendorField").write("\"V0001");
        robot.clickOn("#showButton");
        WaitForAsyncUtils.waitForFxEvents();

        // The one way (FormValidation): the sentence right under the field.
        Label error = robot.lookup("#vendorFieldError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("Kriteriet »\"V0001« har et anførselstegn, der aldrig lukkes"), error.getText());
        assertEquals(7, invoices.getItems().size());
        assertEquals(snapshot, TestLedgers.snapshot(ledger));

        robot.doubleClickOn("#vendorField").eraseText(7).write("V0001");
        robot.clickOn("#showButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> invoices.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(error.isVisible());
    }
}
