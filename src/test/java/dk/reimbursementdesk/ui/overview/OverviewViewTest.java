package dk.reimbursementdesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.overview.Overview;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.common.SynchronousTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview on the demo ledger reimbursed on 2026-11-24: every bar's height is the sum the
 * Overview service computes (whose sums {@code OverviewFiguresTest} checks by hand), and a click
 * on a bar opens its list.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewViewTest {

    private Ledger ledger;
    private Services services;
    private Screen screen;
    private final List<OverviewViewModel.Target> opened = new ArrayList<>();
    private Locale before;

    @Start
    void start(Stage stage) throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        Path dir = Files.createTempDirectory("overview");
        ledger = TestLedgers.demo(dir);
        services = new Services(ledger);
        services.reimbursement().run(new ReimbursementRequest(LocalDate.of(2026, 11, 24), true,
                Selection.all(CustomerQueryFields.CATALOG)), RunProgress.NONE);
        screen = OverviewView.open(new ScreenContext(services, new SynchronousTaskExecutor(), new RecordingDialogService()), opening -> opened.add(opening.target()));
        stage.setScene(new Scene(screen.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        ledger.close();
        Locale.setDefault(before);
    }

    @SuppressWarnings("unchecked")
    private static List<BigDecimal> heights(FxRobot robot, String chart) {
        BarChart<String, Number> bars = robot.lookup("#" + chart).queryAs(BarChart.class);
        return bars.getData().get(0).getData().stream().map(d -> (BigDecimal) d.getYValue()).toList();
    }

    @Test
    void everyBarIsTheLedgersSumAndAClickOpensItsList(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Overview expected = services.overview().overview(LocalDate.now());

        @SuppressWarnings("unchecked")
        BarChart<String, Number> byAge = robot.lookup("#creditByAgeChart").queryAs(BarChart.class);
        assertEquals(List.copyOf(expected.creditByCurrencyAndAge().keySet()), byAge.getData().stream().map(XYChart.Series::getName).toList());
        for (XYChart.Series<String, Number> currency : byAge.getData()) {
            assertEquals(expected.creditByCurrencyAndAge().get(currency.getName()).stream().map(Overview.Bar::amount).toList(),
                    currency.getData().stream().map(d -> (BigDecimal) d.getYValue()).toList(), currency.getName());
        }
        assertEquals(expected.creditByCurrency().values().stream().map(Overview.Bar::amount).toList(), heights(robot, "creditByCurrencyChart"));
        assertEquals(expected.perMonth().values().stream().map(Overview.Bar::amount).toList(), heights(robot, "perMonthChart"));
        assertEquals(expected.openInvoicesByAge().stream().map(Overview.Bar::amount).toList(), heights(robot, "openInvoicesChart"));
        // The run's 4,226.93 DKK: eight reimbursements in November 2026, all still open invoices aged 0-30 days.
        assertEquals(0, new BigDecimal("4226.93").compareTo(expected.perMonth().get(java.time.YearMonth.of(2026, 11)).amount()));

        @SuppressWarnings("unchecked")
        BarChart<String, Number> perMonth = robot.lookup("#perMonthChart").queryAs(BarChart.class);
        XYChart.Data<String, Number> november = perMonth.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals("Nov 2026")).findFirst().orElseThrow();
        robot.clickOn(november.getNode());
        @SuppressWarnings("unchecked")
        BarChart<String, Number> invoices = robot.lookup("#openInvoicesChart").queryAs(BarChart.class);
        robot.clickOn(invoices.getData().get(0).getData().get(0).getNode());
        assertEquals(List.of(OverviewViewModel.Target.REIMBURSEMENTS, OverviewViewModel.Target.VENDOR_PAYMENTS), opened);
    }
}
