package dk.reimbursementdesk.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.report.PdfText;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.common.SynchronousTaskExecutor;
import dk.reimbursementdesk.ui.gl.TrialBalanceView;
import dk.reimbursementdesk.ui.payment.VendorPaymentsScreen;
import dk.reimbursementdesk.ui.reimbursements.ReimbursementListScreen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reports printed from the window: the button on each screen asks for a file through the dialog
 * service, writes the PDF in the window's language and says so on the screen's status line.
 */
@ExtendWith(ApplicationExtension.class)
class PrintFromTheWindowTest {

    // One ledger for the class: printing only reads it.
    private static Path dir;
    private static Ledger ledger;
    private static Services services;
    private Stage stage;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> suggested = new ArrayList<>();
    private Screen screen;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeAll
    static void reimbursedAndPaid() throws Exception {
        dir = Files.createTempDirectory("print-window");
        ledger = TestLedgers.demo(dir);
        services = new Services(ledger);
        services.reimbursement().run(new ReimbursementRequest(LocalDate.of(2026, 11, 24), true, Selection.all(CustomerQueryFields.CATALOG)),
                RunProgress.NONE);
        services.payments().payVendors(Selection.all(VendorQueryFields.CATALOG), LocalDate.of(2026, 11, 25), true);
    }

    @AfterAll
    static void closeLedger() {
        ledger.close();
    }

    @BeforeEach
    void answerSaveAs() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        dialogs.saveAs(name -> {
            suggested.add(name);
            return dir.resolve(name);
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (screen != null) {
                screen.close();
            }
        });
        Locale.setDefault(before);
    }

    private void show(FxRobot robot, ScreenFactory factory) {
        robot.interact(() -> {
            screen = factory.open(new ScreenContext(services, new SynchronousTaskExecutor(), dialogs));
            stage.setScene(new Scene(screen.root(), 1300, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void printRunReportOnTheReimbursementsListWritesTheSelectedRowsRun(FxRobot robot) throws Exception {
        show(robot, new ReimbursementListScreen());
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(ReportTexts.label("print.runReport"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("reimbursement-run-1.pdf"), suggested);
        Path pdf = dir.resolve("reimbursement-run-1.pdf");
        assertTrue(PdfText.of(pdf).all().contains("Reimbursement run 1"));
        assertTrue(robot.lookup(".run-summary").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().equals("Wrote the report " + pdf + ".")));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void ctrlPOnTheTrialBalancePrintsItAsOfTheChosenDate(FxRobot robot) throws Exception {
        show(robot, TrialBalanceView::open);
        robot.interact(() -> assertTrue(screen.print()));
        WaitForAsyncUtils.waitForFxEvents();

        String name = "trial-balance-" + LocalDate.now() + ".pdf";
        assertEquals(List.of(name), suggested);
        assertTrue(PdfText.of(dir.resolve(name)).all().contains("Trial balance as of"));
        assertEquals("Wrote the report " + dir.resolve(name) + ".",
                robot.lookup("#trialBalancePrinted").queryAs(Labeled.class).getText());
    }

    @Test
    void printRemittanceAdviceOnPostedPaymentsWritesAPagePerPaymentInDanish(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        show(robot, new VendorPaymentsScreen());
        robot.clickOn("Bogførte betalinger");
        TableView<?> batches = robot.lookup("#batchTable").queryAs(TableView.class);
        robot.interact(() -> batches.getSelectionModel().select(0));
        robot.clickOn("#printRemittanceButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("betalingsadvisering-PB-000001.pdf"), suggested);
        PdfText text = PdfText.of(dir.resolve("betalingsadvisering-PB-000001.pdf"));
        assertEquals(7, text.pageCount());
        assertTrue(text.page(1).contains("Side 1 af 7"), text.page(1));
        assertTrue(text.page(1).contains("Betalingsadvisering"), text.page(1));
    }

    @Test
    void aRefusedReportIsShownAsAnErrorAndNoFileIsWritten(FxRobot robot) throws Exception {
        show(robot, TrialBalanceView::open);
        Path elsewhere = dir.resolve("missing-folder").resolve("tb.pdf");
        dialogs.chooseFile(elsewhere);
        robot.interact(() -> screen.print());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).startsWith("The folder "), dialogs.errors.get(0));
        assertTrue(Files.notExists(elsewhere));
    }
}
