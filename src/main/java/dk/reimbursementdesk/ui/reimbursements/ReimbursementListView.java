package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateFieldConverter;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * The Reimbursement list's controller. The table shows one SQL page; clicking a header does not sort the
 * page in memory (that would sort 100 of 100,000 rows) but asks the view model for the first page in the
 * new order, through the table's sort policy.
 */
public final class ReimbursementListView {

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
    private TableView<ReimbursementListRow> table;
    @FXML
    private TableColumn<ReimbursementListRow, String> numberColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> dateColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> customerColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> nameColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> vendorColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> currencyColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> amountColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> amountAccColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> voucherColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> vendorInvoiceColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> statusColumn;
    @FXML
    private TableColumn<ReimbursementListRow, String> runColumn;
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
    private Label reverseHint;
    @FXML
    private Label error;
    @FXML
    private Label message;

    public ReimbursementListView(ReimbursementListViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
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
        customerFilter.setOnAction(event -> viewModel.search());
        statusFilter.getItems().setAll((ReimbursementStatus) null);
        statusFilter.getItems().addAll(ReimbursementStatus.values());
        statusFilter.setCellFactory(list -> new StatusCell());
        statusFilter.setButtonCell(new StatusCell());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusProperty());
        filterError.textProperty().bind(viewModel.filterErrorProperty());
    }

    private void bindColumns() {
        Columns.text(numberColumn, ReimbursementListRow::number);
        Columns.text(dateColumn, row -> Formats.date(row.postingDate()));
        Columns.text(customerColumn, ReimbursementListRow::customerAccount);
        Columns.text(nameColumn, ReimbursementListRow::customerName);
        Columns.text(vendorColumn, ReimbursementListRow::vendorAccount);
        Columns.text(currencyColumn, ReimbursementListRow::currency);
        Columns.amount(amountColumn, ReimbursementListRow::amount);
        Columns.amount(amountAccColumn, ReimbursementListRow::amountAcc);
        Columns.text(voucherColumn, ReimbursementListRow::voucher);
        Columns.text(vendorInvoiceColumn, ReimbursementListRow::vendorInvoice);
        Columns.text(statusColumn, row -> statusText(row.status()));
        Columns.text(runColumn, row -> Long.toString(row.runId()));
    }

    private void bindSorting() {
        Map<TableColumn<ReimbursementListRow, String>, ReimbursementListSort> sortable = Map.of(
                numberColumn, ReimbursementListSort.NUMBER,
                dateColumn, ReimbursementListSort.POSTING_DATE,
                customerColumn, ReimbursementListSort.CUSTOMER,
                vendorColumn, ReimbursementListSort.VENDOR,
                currencyColumn, ReimbursementListSort.CURRENCY,
                amountColumn, ReimbursementListSort.AMOUNT,
                amountAccColumn, ReimbursementListSort.AMOUNT_ACC,
                statusColumn, ReimbursementListSort.STATUS);
        sortable.forEach((column, sort) -> column.setUserData(sort));
        dateColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(dateColumn);
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                viewModel.sortBy(ReimbursementListViewModel.DEFAULT_SORT, false);
            } else {
                TableColumn<ReimbursementListRow, ?> column = t.getSortOrder().get(0);
                viewModel.sortBy((ReimbursementListSort) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
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
    private void reverse() {
        ReimbursementListRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        askReversalDate(row).ifPresent(viewModel::reverseSelected);
    }

    /** Asks for the reversal's posting date (today by default), saying what a reversal does. */
    private java.util.Optional<LocalDate> askReversalDate(ReimbursementListRow row) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(ReimbursementTexts.text("list.reverse.title"));
        dialog.setHeaderText(ReimbursementTexts.text("list.reverse.header", row.number(), row.customerAccount(),
                row.customerName(), Formats.money(row.amount(), row.currency())));
        ButtonType reverse = new ButtonType(ReimbursementTexts.text("list.reverse.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(ReimbursementTexts.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(reverse, cancel);

        DatePicker date = new DatePicker(viewModel.today());
        Label dateError = new Label();
        dateError.getStyleClass().add("field-error");
        date.setConverter(new DateFieldConverter(text -> dateError.setText(ReimbursementTexts.unreadableDate(text))));
        date.valueProperty().addListener((observable, before, now) -> dateError.setText(""));
        Label dateLabel = new Label(ReimbursementTexts.text("list.reverse.date"));
        dateLabel.setMnemonicParsing(true);
        dateLabel.setLabelFor(date);
        Label explanation = new Label(ReimbursementTexts.text("list.reverse.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(460);
        VBox content = new VBox(8, explanation, dateLabel, date, dateError);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().addAll(root.getStylesheets());
        dialog.getDialogPane().lookupButton(reverse).disableProperty().bind(date.valueProperty().isNull());
        dialog.setResultConverter(button -> button == reverse ? date.getValue() : null);
        javafx.application.Platform.runLater(date::requestFocus);
        return dialogs.showCustomDialog(dialog);
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
