package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.SortColumn;
import dk.reimbursementdesk.ui.common.ColumnWidths;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateFieldConverter;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * The Reimbursement list's controller. The table shows one SQL page; clicking a header does not sort the
 * page in memory (that would sort 100 of 100,000 rows) but asks the view model for the first page in the
 * new order, through the table's sort policy.
 */
public final class ReimbursementListView {

    /** The reason the status column is made wide enough for: a common one, of common length. */
    private static final String SAMPLE_REASON = "AC04 Closed account";

    private final ReimbursementListViewModel viewModel;
    private final DialogService dialogs;

    @FXML
    private BorderPane root;
    @FXML
    private DatePicker fromDate;
    @FXML
    private DatePicker toDate;
    @FXML
    private TextField customerFilter;
    @FXML
    private ComboBox<ReimbursementStatus> statusFilter;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Label filterError;
    @FXML
    private TableView<Row> table;
    @FXML
    private TableColumn<Row, String> numberColumn;
    @FXML
    private TableColumn<Row, String> dateColumn;
    @FXML
    private TableColumn<Row, String> customerColumn;
    @FXML
    private TableColumn<Row, String> nameColumn;
    @FXML
    private TableColumn<Row, String> vendorColumn;
    @FXML
    private TableColumn<Row, String> currencyColumn;
    @FXML
    private TableColumn<Row, String> amountColumn;
    @FXML
    private TableColumn<Row, String> amountAccColumn;
    @FXML
    private TableColumn<Row, String> voucherColumn;
    @FXML
    private TableColumn<Row, String> vendorInvoiceColumn;
    @FXML
    private TableColumn<Row, String> statusColumn;
    @FXML
    private TableColumn<Row, String> runColumn;
    @FXML
    private Button firstButton;
    @FXML
    private Button previousButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button lastButton;
    @FXML
    private Label pageText;
    @FXML
    private Button exportButton;
    @FXML
    private Button reverseButton;
    @FXML
    private Button printRunButton;
    @FXML
    private Label reverseHint;
    @FXML
    private Label error;
    @FXML
    private Label message;

    private final ReportPrinter printer;

    /** {@code printer} null: the screen offers no printing (tests of the list alone). */
    /** The customer filter, for Ctrl+F. */
    TextField customerFilter() {
        return customerFilter;
    }

    public ReimbursementListView(ReimbursementListViewModel viewModel, DialogService dialogs, ReportPrinter printer) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.printer = printer;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindColumns();
        bindSorting();
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((observable, before, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        pageText.textProperty().bind(viewModel.pageTextProperty());
        firstButton.disableProperty().bind(viewModel.previousDisabled());
        previousButton.disableProperty().bind(viewModel.previousDisabled());
        nextButton.disableProperty().bind(viewModel.nextDisabled());
        lastButton.disableProperty().bind(viewModel.nextDisabled());
        exportButton.disableProperty().bind(viewModel.workingProperty().or(viewModel.totalProperty().isEqualTo(0)));
        reverseButton.disableProperty().bind(viewModel.reverseDisabled());
        printRunButton.setText(ReportPrinter.text("print.runReport"));
        printRunButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        printRunButton.setVisible(printer != null);
        printRunButton.setManaged(printer != null);
        reverseHint.textProperty().bind(viewModel.reverseHintProperty());
        error.textProperty().bind(viewModel.errorProperty());
        message.textProperty().bind(viewModel.messageProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.workingProperty()));
        for (Label line : new Label[] {reverseHint, error, message, filterError}) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
        }
    }

    private void bindFilters() {
        fromDate.setConverter(new DateFieldConverter(viewModel::dateUnreadable, viewModel::dateReadable));
        toDate.setConverter(new DateFieldConverter(viewModel::dateUnreadable, viewModel::dateReadable));
        fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
        toDate.valueProperty().bindBidirectional(viewModel.toProperty());
        customerFilter.textProperty().bindBidirectional(viewModel.customerProperty());
        ColumnWidths.fitPrompt(customerFilter);
        customerFilter.setOnAction(event -> viewModel.search());
        statusFilter.getItems().setAll((ReimbursementStatus) null);
        statusFilter.getItems().addAll(ReimbursementStatus.values());
        statusFilter.setCellFactory(list -> new StatusCell());
        statusFilter.setButtonCell(new StatusCell());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        filterError.textProperty().bind(viewModel.filterErrorProperty());
    }

    private void bindColumns() {
        Columns.number(numberColumn, Row::number);
        Columns.dateText(dateColumn, row -> row.postingDate());
        Columns.number(customerColumn, Row::customerAccount);
        Columns.name(nameColumn, Row::customerName);
        Columns.number(vendorColumn, Row::vendorAccount);
        Columns.text(currencyColumn, Row::currency);
        Columns.amount(amountColumn, Row::amount);
        Columns.amount(amountAccColumn, Row::amountAcc);
        Columns.number(voucherColumn, Row::voucher);
        Columns.number(vendorInvoiceColumn, Row::vendorInvoice);
        Columns.choice(statusColumn, ReimbursementListView::statusText, "i18n.reimbursement_ui", "status.OPEN", "status.PAID", "status.REVERSED");
        // a refund the bank sent back says so, and why: wide enough for a usual reason, a long one whole in the tooltip
        ColumnWidths.atLeast(statusColumn, BankStatusText.shownRejection(Locale.ENGLISH, SAMPLE_REASON),
                BankStatusText.shownRejection(Locale.forLanguageTag("da"), SAMPLE_REASON));
        Columns.text(runColumn, row -> Long.toString(row.runId()));
    }

    private void bindSorting() {
        Map<TableColumn<Row, String>, SortColumn> sortable = Map.of(
                numberColumn, SortColumn.NUMBER,
                dateColumn, SortColumn.POSTING_DATE,
                customerColumn, SortColumn.CUSTOMER,
                vendorColumn, SortColumn.VENDOR,
                currencyColumn, SortColumn.CURRENCY,
                amountColumn, SortColumn.AMOUNT,
                amountAccColumn, SortColumn.AMOUNT_ACC,
                statusColumn, SortColumn.STATUS);
        sortable.forEach((column, sort) -> column.setUserData(sort));
        dateColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(dateColumn);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                viewModel.sortBy(ReimbursementListViewModel.DEFAULT_SORT, false);
            } else {
                TableColumn<Row, ?> column = t.getSortOrder().get(0);
                viewModel.sortBy((SortColumn) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
    }

    /** "Open, rejected by bank: AC04 Closed account" for a refund the bank sent back, else the status in words. */
    private static String statusText(Row row) {
        return row.rejectedByBank() ? BankStatusText.shownRejection(Locale.getDefault(), row.bankRejection()) : statusText(row.status());
    }

    private static String statusText(ReimbursementStatus status) {
        return status == null ? ReimbursementTexts.text("list.status.all") : ReimbursementTexts.text("status." + status.name());
    }

    @FXML
    private void firstPage() {
        viewModel.firstPage();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    private void lastPage() {
        viewModel.lastPage();
    }

    @FXML
    private void export() {
        dialogs.chooseFileToSave(ReimbursementTexts.text("list.export.title"), ReimbursementTexts.text("list.export.fileName"),
                List.of(new ExtensionFilter(ReimbursementTexts.text("list.export.filter"), "*.csv"))).ifPresent(viewModel::exportCsv);
    }

    @FXML
    private void printRun() {
        printRunReport();
    }

    /** Print run report… (and Ctrl+P): the report of the selected reimbursement's run; false when no row is chosen. */
    boolean printRunReport() {
        Row row = viewModel.selectedProperty().get();
        if (row == null || printer == null) {
            return false;
        }
        printer.printRun(row.runId(), viewModel::tell);
        return true;
    }

    @FXML
    private void reverse() {
        Row row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        ReversalView.show(dialogs, new ReversalViewModel(row, viewModel.today())).ifPresent(viewModel::reverseSelected);
    }

    /** The status filter's cells: a status in words, or "All statuses" for no status. */
    private static final class StatusCell extends ListCell<ReimbursementStatus> {
        @Override
        protected void updateItem(ReimbursementStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : statusText(item));
        }
    }
}
