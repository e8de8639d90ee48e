package dk.reimbursementdesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.service.overview.Overview;
import dk.reimbursementdesk.service.overview.OverviewService;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.ui.ListFilter;
import dk.reimbursementdesk.ui.common.DemoWindow;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.shell.NavItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A bar of the Overview opens the list it sums, narrowed to the bar where the list has a filter for it. */
@ExtendWith(ApplicationExtension.class)
class OverviewBarsOpenTheirListsTest {

    private DemoWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = DemoWindow.show(stage);
    }

    @AfterEach
    void closeAndClean(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void theEurBarOpensTheCustomersWithACreditInEur(FxRobot robot) {
        robot.interact(() -> window.session().show(NavItem.OVERVIEW));
        BarChart<String, Number> chart = robot.lookup("#creditByCurrencyChart").query();
        WindowRobot.waitUntil(() -> !chart.getData().isEmpty() && chart.getData().get(0).getData().stream()
                .anyMatch(bar -> "EUR".equals(bar.getXValue()) && bar.getNode() != null));
        XYChart.Data<String, Number> eur = chart.getData().get(0).getData().stream()
                .filter(bar -> "EUR".equals(bar.getXValue())).findFirst().orElseThrow();
        robot.clickOn(eur.getNode());

        TableView<CustomerService.Row> customers = customersShowing(robot, "Credit balance in EUR: ");
        assertEquals("", robot.lookup("#filterField").queryAs(TextField.class).getText(), "the typed filter is left empty");
        assertShowsTheBar(robot, customers, eur);
        assertTrue(customers.getItems().stream().anyMatch(row -> row.account().equals("C0004")), "C0004 has a EUR credit");
    }

    @Test
    void everyAgeBarOpensTheCustomersWhoseCreditItCountsUntilTheFilterIsCleared(FxRobot robot) {
        robot.interact(() -> window.session().show(NavItem.OVERVIEW));
        BarChart<String, Number> chart = robot.lookup("#creditByAgeChart").query();
        WindowRobot.waitUntil(() -> !chart.getData().isEmpty() && chart.getData().stream()
                .allMatch(series -> series.getData().stream().allMatch(bar -> bar.getNode() != null)));
        List<String> currencies = chart.getData().stream().map(XYChart.Series::getName).toList();
        assertEquals(window.session().services().overview().overview(LocalDate.now()).creditByCurrencyAndAge().keySet().stream().toList(),
                currencies, "one series per currency");
        int seen = 0;
        for (int s = 0; s < currencies.size(); s++) {
            for (int b = 0; b < OverviewService.BUCKETS; b++) {
                robot.interact(() -> window.session().show(NavItem.OVERVIEW));
                BarChart<String, Number> shown = robot.lookup("#creditByAgeChart").query();
                int series = s;
                int bucket = b;
                WindowRobot.waitUntil(() -> shown.getData().size() > series && shown.getData().get(series).getData().size() > bucket
                        && shown.getData().get(series).getData().get(bucket).getNode() != null);
                XYChart.Data<String, Number> bar = shown.getData().get(series).getData().get(bucket);
                if (count(bar) == 0) {
                    continue;
                }
                robot.clickOn(bar.getNode());
                TableView<CustomerService.Row> customers = customersShowing(robot,
                        "Credit age " + AGES[bucket] + ", currency " + currencies.get(series) + ": ");
                assertShowsTheBar(robot, customers, bar);
                if (seen++ == 0) {
                    assertClearShowsEveryCustomer(robot, customers);
                }
            }
        }
        assertTrue(seen >= 2, "the demo ledger has credits of more than one age: " + seen);
    }

    private void assertClearShowsEveryCustomer(FxRobot robot, TableView<CustomerService.Row> customers) {
        int all = window.session().services().customers().page(new CustomerService.Query("", CustomerService.Column.ACCOUNT, true, 0, 500)).total();
        robot.clickOn("#clearCreditFilterButton");
        WindowRobot.waitUntil(() -> customers.getItems().size() == Math.min(all, 100));
        assertFalse(robot.lookup("#creditFilterBar").query().isVisible(), "the filter's line goes with it");
    }

    private static final String[] AGES = {"0–30 days", "31–90 days", "91–365 days", "over 365 days"};

    private static long count(XYChart.Data<String, Number> bar) {
        return ((OverviewViewModel.Click) bar.getExtraValue()).count();
    }

    /** The Customers list, once its credit filter's line starts with {@code line}. */
    private static TableView<CustomerService.Row> customersShowing(FxRobot robot, String line) {
        WindowRobot.waitUntil(() -> robot.lookup("#creditFilterLabel").tryQuery()
                .map(label -> ((javafx.scene.control.Label) label).getText().startsWith(line)).orElse(false));
        assertTrue(robot.lookup("#creditFilterBar").query().isVisible());
        return robot.lookup("#customerTable").queryTableView();
    }

    /** The list counts the customers the bar counts, and its line says their credit is the bar's sum. */
    private static void assertShowsTheBar(FxRobot robot, TableView<CustomerService.Row> customers, XYChart.Data<String, Number> bar) {
        WindowRobot.waitUntil(() -> customers.getItems().size() == count(bar));
        String line = robot.lookup("#creditFilterLabel").queryAs(javafx.scene.control.Label.class).getText();
        String customersText = count(bar) == 1 ? "1 customer" : count(bar) + " customers";
        assertTrue(line.endsWith(": " + customersText + " with " + Formats.money((BigDecimal) bar.getYValue(), "DKK") + " credit"), line);
    }

    @Test
    void monthBarsOpenTheReimbursementsOfTheirMonthAndUnpaidBarsTheInvoicesFromReimbursements(FxRobot robot) {
        OverviewViewModel model = new OverviewViewModel(null, () -> LocalDate.of(2026, 12, 3), null);
        Overview.Bar bar = new Overview.Bar(1, BigDecimal.TEN);
        robot.interact(() -> model.show(new Overview(LocalDate.of(2026, 12, 3), "DKK", List.of(bar, bar, bar, bar),
                Map.of("EUR", bar), Map.of(YearMonth.of(2026, 3), bar), List.of(bar, bar, bar, bar),
                Map.of("EUR", List.of(bar, bar, bar, bar)))));

        assertEquals(new OverviewViewModel.Opening(OverviewViewModel.Target.REIMBURSEMENTS,
                ListFilter.dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))), opening(model.perMonth().get(0)));
        assertEquals(new OverviewViewModel.Opening(OverviewViewModel.Target.VENDOR_PAYMENTS, ListFilter.fromReimbursements()),
                opening(model.openInvoices().get(2)));
        assertEquals(new OverviewViewModel.Opening(OverviewViewModel.Target.CUSTOMERS, ListFilter.credit(LocalDate.of(2026, 12, 3), "EUR", null)),
                opening(model.creditByCurrency().get(0)));
        assertEquals(new OverviewViewModel.Opening(OverviewViewModel.Target.CUSTOMERS, ListFilter.credit(LocalDate.of(2026, 12, 3), "EUR", 1)),
                opening(model.creditByAge().get(0).getData().get(1)), "an age bar: the customers with a EUR credit 31-90 days old");
    }

    private static OverviewViewModel.Opening opening(XYChart.Data<String, Number> bar) {
        return ((OverviewViewModel.Click) bar.getExtraValue()).opening();
    }
}
