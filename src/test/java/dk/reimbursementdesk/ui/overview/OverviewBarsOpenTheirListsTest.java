package dk.reimbursementdesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.service.overview.Overview;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.ui.ListFilter;
import dk.reimbursementdesk.ui.common.DemoWindow;
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
    void theEurBarOpensTheCustomersInEur(FxRobot robot) {
        robot.interact(() -> window.session().show(NavItem.OVERVIEW));
        BarChart<String, Number> chart = robot.lookup("#creditByCurrencyChart").query();
        WindowRobot.waitUntil(() -> !chart.getData().isEmpty() && chart.getData().get(0).getData().stream()
                .anyMatch(bar -> "EUR".equals(bar.getXValue()) && bar.getNode() != null));
        XYChart.Data<String, Number> eur = chart.getData().get(0).getData().stream()
                .filter(bar -> "EUR".equals(bar.getXValue())).findFirst().orElseThrow();
        robot.clickOn(eur.getNode());

        WindowRobot.waitUntil(() -> robot.lookup("#customerTable").tryQuery().isPresent());
        assertEquals("EUR", robot.lookup("#filterField").queryAs(TextField.class).getText());
        TableView<CustomerService.Row> customers = robot.lookup("#customerTable").queryTableView();
        WindowRobot.waitUntil(() -> !customers.getItems().isEmpty()
                && customers.getItems().stream().allMatch(row -> "EUR".equals(row.currency())));
        assertTrue(customers.getItems().stream().anyMatch(row -> row.account().equals("C0004")), "C0004 has a EUR credit");
    }

    @Test
    void monthBarsOpenTheReimbursementsOfTheirMonthAndUnpaidBarsTheInvoicesFromReimbursements(FxRobot robot) {
        OverviewViewModel model = new OverviewViewModel(null, () -> LocalDate.of(2026, 12, 3), null);
        Overview.Bar bar = new Overview.Bar(1, BigDecimal.TEN);
        robot.interact(() -> model.show(new Overview(LocalDate.of(2026, 12, 3), "DKK", List.of(bar, bar, bar, bar),
                Map.of("EUR", bar), Map.of(YearMonth.of(2026, 3), bar), List.of(bar, bar, bar, bar))));

        assertEquals(new OverviewViewModel.Opening(OverviewViewModel.Target.REIMBURSEMENTS,
                ListFilter.dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))), opening(model.perMonth().get(0)));
        assertEquals(new OverviewViewModel.Opening(OverviewViewModel.Target.VENDOR_PAYMENTS, ListFilter.fromReimbursements()),
                opening(model.openInvoices().get(2)));
        assertEquals(new OverviewViewModel.Opening(OverviewViewModel.Target.CUSTOMERS, ListFilter.text("EUR")),
                opening(model.creditByCurrency().get(0)));
        assertFalse(opening(model.creditByAge().get(0)).filter().reimbursementsOnly(), "an age bar opens the whole Customers list");
    }

    private static OverviewViewModel.Opening opening(XYChart.Data<String, Number> bar) {
        return ((OverviewViewModel.Click) bar.getExtraValue()).opening();
    }
}
