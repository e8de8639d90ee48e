package dk.reimbursementdesk.ui.overview;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;

/** The Overview start page: four bar charts; a click on a bar opens the list it sums. */
public final class OverviewView implements Screen {

    private final OverviewViewModel viewModel;
    private final Consumer<OverviewViewModel.Opening> open;
    private Parent root;

    @FXML private BarChart<String, Number> creditByAgeChart;
    @FXML private BarChart<String, Number> creditByCurrencyChart;
    @FXML private BarChart<String, Number> perMonthChart;
    @FXML private BarChart<String, Number> openInvoicesChart;
    @FXML private Label amountsInLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator loadingIndicator;

    public OverviewView(OverviewViewModel viewModel, Consumer<OverviewViewModel.Opening> open) {
        this.viewModel = viewModel;
        this.open = open;
    }

    /** The Overview over the context's ledger as of today; {@code open} shows the list a bar stands for. */
    public static Screen open(ScreenContext context, Consumer<OverviewViewModel.Opening> open) {
        OverviewView view = new OverviewView(new OverviewViewModel(context.services().overview(), LocalDate::now, context.tasks()), open);
        view.root = Fxml.load(OverviewView.class, "Overview.fxml", Texts.of(OverviewViewModel.BUNDLE).bundle(), view);
        view.viewModel.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        bindSeries(creditByAgeChart, viewModel.creditByAge());
        bind(creditByCurrencyChart, viewModel.creditByCurrency());
        bind(perMonthChart, viewModel.perMonth());
        bind(openInvoicesChart, viewModel.openInvoices());
        amountsInLabel.textProperty().bind(viewModel.amountsInProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
    }

    private void bind(BarChart<String, Number> chart, ObservableList<XYChart.Data<String, Number>> bars) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>(bars);
        chart.getData().add(series);
        // A bar's node exists once the chart has laid the bar out: hook the click and tooltip then.
        bars.addListener((ListChangeListener<XYChart.Data<String, Number>>) change -> bars.forEach(this::hook));
        bars.forEach(this::hook);
    }

    /** A chart of one series per currency, with its legend: each series' bars are hooked as they come. */
    private void bindSeries(BarChart<String, Number> chart, ObservableList<XYChart.Series<String, Number>> series) {
        chart.setAnimated(false);
        chart.setData(series);
        series.addListener((ListChangeListener<XYChart.Series<String, Number>>) change ->
                series.forEach(each -> each.getData().forEach(this::hook)));
    }

    private void hook(XYChart.Data<String, Number> bar) {
        bar.nodeProperty().addListener((o, was, node) -> hookNode(bar));
        hookNode(bar);
    }

    private void hookNode(XYChart.Data<String, Number> bar) {
        if (bar.getNode() == null) {
            return;
        }
        bar.getNode().setCursor(Cursor.HAND);
        bar.getNode().setOnMouseClicked(event -> open.accept(((OverviewViewModel.Click) bar.getExtraValue()).opening()));
        Tooltip.install(bar.getNode(), new Tooltip(viewModel.tooltip(bar)));
    }

    /** The Refresh button and F5. */
    @Override
    @FXML
    public boolean refresh() {
        viewModel.refresh();
        return true;
    }

    @Override
    public Parent root() {
        return root;
    }
}
