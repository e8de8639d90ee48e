package dk.reimbursementdesk.ui.overview;

import dk.reimbursementdesk.service.overview.Overview;
import dk.reimbursementdesk.service.overview.OverviewService;
import dk.reimbursementdesk.ui.ListFilter;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * The Overview start page: its four charts as series of bars, read off the FX thread. A bar's value
 * is the exact amount in the accounting currency (a BigDecimal is a Number); its extra value is what
 * clicking it opens.
 */
public final class OverviewViewModel {

    static final String BUNDLE = "i18n.overview";
    private static final String[] BUCKETS = {"age.0", "age.1", "age.2", "age.3"};

    /** The list a bar opens. */
    public enum Target { CUSTOMERS, REIMBURSEMENTS, VENDOR_PAYMENTS }

    private final OverviewService service;
    private final Supplier<LocalDate> today;
    private final TaskExecutor tasks;
    private final Texts texts = Texts.of(BUNDLE);
    private final ObservableList<XYChart.Series<String, Number>> creditByAge = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<String, Number>> creditByCurrency = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<String, Number>> perMonth = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<String, Number>> openInvoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper amountsIn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public OverviewViewModel(OverviewService service, Supplier<LocalDate> today, TaskExecutor tasks) {
        this.service = service;
        this.today = today;
        this.tasks = tasks;
    }

    public void refresh() {
        LocalDate day = today.get();
        loading.set(true);
        error.set("");
        tasks.run(() -> service.overview(day), this::show, failure -> {
            loading.set(false);
            error.set(Failures.sentence(failure, texts.get("failed")));
        });
    }

    void show(Overview overview) {
        loading.set(false);
        amountsIn.set(texts.format("amountsIn", overview.accountingCurrency(), Formats.date(overview.today())));
        // one series of age bars per currency: a bar opens the customers whose credit it counts
        LocalDate day = overview.today();
        creditByAge.setAll(overview.creditByCurrencyAndAge().entrySet().stream().map(e -> new XYChart.Series<>(e.getKey(),
                FXCollections.observableArrayList(java.util.stream.IntStream.range(0, e.getValue().size()).mapToObj(i -> bar(
                        texts.get(BUCKETS[i]), e.getKey() + ", " + texts.get(BUCKETS[i]), e.getValue().get(i),
                        creditOpening(day, e.getKey(), i))).toList()))).toList());
        creditByCurrency.setAll(overview.creditByCurrency().entrySet().stream()
                .map(e -> bar(e.getKey(), e.getValue(), creditOpening(day, e.getKey(), null))).toList());
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM uuuu", Locale.getDefault());
        perMonth.setAll(overview.perMonth().entrySet().stream()
                .map(e -> bar(month.format(e.getKey()), e.getValue(), new Opening(Target.REIMBURSEMENTS,
                        ListFilter.dates(e.getKey().atDay(1), e.getKey().atEndOfMonth())))).toList());
        openInvoices.setAll(buckets(overview.openInvoicesByAge(), new Opening(Target.VENDOR_PAYMENTS, ListFilter.fromReimbursements())));
    }

    private static Opening creditOpening(LocalDate day, String currency, Integer bucket) {
        return new Opening(Target.CUSTOMERS, ListFilter.credit(day, currency, bucket));
    }

    private List<XYChart.Data<String, Number>> buckets(List<Overview.Bar> bars, Opening opening) {
        return java.util.stream.IntStream.range(0, bars.size()).mapToObj(i -> bar(texts.get(BUCKETS[i]), bars.get(i), opening)).toList();
    }

    private static XYChart.Data<String, Number> bar(String category, Overview.Bar bar, Opening opening) {
        return bar(category, category, bar, opening);
    }

    /** A bar in {@code category} that its tooltip calls {@code name} (an age bar names its currency too). */
    private static XYChart.Data<String, Number> bar(String category, String name, Overview.Bar bar, Opening opening) {
        return new XYChart.Data<>(category, bar.amount(), new Click(opening, bar.count(), name));
    }

    /** The list a bar opens, narrowed to what the bar sums where the list has a filter for it. */
    public record Opening(Target target, ListFilter filter) {
    }

    /** What a bar opens, how many items it sums and what its tooltip calls it. */
    record Click(Opening opening, long count, String name) {
    }

    /** The tooltip of a bar: the amount as the window writes it, and how many items. */
    String tooltip(XYChart.Data<String, Number> bar) {
        Click click = (Click) bar.getExtraValue();
        return texts.format("tooltip", click.name(), Formats.amount((java.math.BigDecimal) bar.getYValue()), click.count());
    }

    /** The credit balances by age, one series per currency of the balance (its name the currency code). */
    public ObservableList<XYChart.Series<String, Number>> creditByAge() {
        return creditByAge;
    }

    public ObservableList<XYChart.Data<String, Number>> creditByCurrency() {
        return creditByCurrency;
    }

    public ObservableList<XYChart.Data<String, Number>> perMonth() {
        return perMonth;
    }

    public ObservableList<XYChart.Data<String, Number>> openInvoices() {
        return openInvoices;
    }

    public ReadOnlyStringProperty amountsInProperty() {
        return amountsIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
