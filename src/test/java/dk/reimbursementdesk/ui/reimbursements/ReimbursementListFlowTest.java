package dk.reimbursementdesk.ui.reimbursements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.SortColumn;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
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


/** The Reimbursement list over the real list service: sorting in SQL, filters and CSV export. */
@ExtendWith(ApplicationExtension.class)
class ReimbursementListFlowTest {

    private static final Locale BEFORE = Locale.getDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private Stage stage;
    private Ledger ledger;
    private ReimbursementListViewModel viewModel;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.control.Label("starting"), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (viewModel != null) {
            robot.interact(viewModel::close);
        }
        if (ledger != null) {
            ledger.close();
        }
        Locale.setDefault(BEFORE);
    }

    /** A demo ledger with every reimbursable customer reimbursed, and the list open on it. */
    private TableView<Row> openOnReimbursedDemo(FxRobot robot) throws Exception {
        ledger = TestLedgers.demo(dir);
        Services services = new Services(ledger);
        services.reimbursement().run(new ReimbursementRequest(TODAY, false, Selection.all(CustomerQueryFields.CATALOG)),
                new RunProgress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
        viewModel = new ReimbursementListViewModel(services.reimbursementList(), services.reimbursement(), () -> TODAY,
                new FxTaskExecutor());
        robot.interact(() -> {
            stage.setScene(new Scene(ReimbursementListScreen.screen(viewModel, new FxDialogService(stage)).root(), 1200, 700));
            stage.sizeToScene();
            viewModel.search();
        });
        TableView<Row> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingTheAmountHeaderSortsInSqlFromTheFirstPage(FxRobot robot) throws Exception {
        TableView<Row> table = openOnReimbursedDemo(robot);

        robot.clickOn("#amountColumn");
        waitUntil(() -> viewModel.sortProperty().get() == SortColumn.AMOUNT && !viewModel.loadingProperty().get());

        List<java.math.BigDecimal> amounts = table.getItems().stream().map(Row::amount).toList();
        assertEquals(amounts.stream().sorted().toList(), amounts);
        assertTrue(viewModel.ascendingProperty().get());
    }

    @Test
    void theCustomerFilterNarrowsTheRowsAndTheCountLine(FxRobot robot) throws Exception {
        TableView<Row> table = openOnReimbursedDemo(robot);

        robot.clickOn("#customerFilter").write("møller");
        waitUntil(() -> table.getItems().size() == 1 && !viewModel.loadingProperty().get());

        assertEquals("C0002", table.getItems().get(0).customerAccount());
        assertEquals("Rows 1–1 of 1 (page 1 of 1)", robot.lookup("#pageText").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void theStatusFilterShowsOnlyThatStatus(FxRobot robot) throws Exception {
        TableView<Row> table = openOnReimbursedDemo(robot);

        robot.interact(() -> viewModel.statusProperty().set(ReimbursementStatus.REVERSED));
        waitUntil(() -> table.getItems().isEmpty() && !viewModel.loadingProperty().get());

        assertEquals("No reimbursements", robot.lookup("#pageText").queryAs(javafx.scene.control.Label.class).getText());
    }

    @Test
    void exportWritesEveryFilteredRowToTheFile(FxRobot robot) throws Exception {
        TableView<Row> table = openOnReimbursedDemo(robot);
        long total = viewModel.totalProperty().get();
        Path file = dir.resolve("reimbursements.csv");

        robot.interact(() -> viewModel.exportCsv(file));
        waitUntil(() -> !viewModel.workingProperty().get());

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("id,date,customer,vendor,currency,amount,status"), lines.get(0));
        assertEquals(total + 1, lines.size());
        assertEquals("Exported " + total + " reimbursements to " + file + ".",
                robot.lookup("#message").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(total, table.getItems().size());
    }
}
