package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.service.payment.OpenInvoice;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.ColumnWidths;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.ui.common.SavedSelectionChoice;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;

/**
 * The controller of the open invoices to pay: the filters, one SQL page of the table with its check
 * boxes, the page buttons, and how many are chosen on every page. The columns do not sort: sorting
 * would order 100 of 72,000 rows; the list's order (vendor, currency, due date) is the SQL's.
 */
public final class InvoiceSelectionView {

    private final InvoiceSelectionViewModel model;
    private final FormValidation validation = new FormValidation();

    @FXML private ComboBox<SavedSelection> savedSelectionBox;
    @FXML private Label savedSelectionText;
    @FXML private TextField vendorField;
    @FXML private TextField groupField;
    @FXML private TextField currencyField;
    @FXML private DatePicker dueField;
    @FXML private CheckBox reimbursementsOnlyBox;
    @FXML private TableView<InvoiceRow> invoiceTable;
    @FXML private TableColumn<InvoiceRow, Boolean> selectColumn;
    @FXML private TableColumn<InvoiceRow, String> vendorColumn;
    @FXML private TableColumn<InvoiceRow, String> nameColumn;
    @FXML private TableColumn<InvoiceRow, String> ibanColumn;
    @FXML private TableColumn<InvoiceRow, String> bicColumn;
    @FXML private TableColumn<InvoiceRow, String> documentColumn;
    @FXML private TableColumn<InvoiceRow, String> dueColumn;
    @FXML private TableColumn<InvoiceRow, String> amountColumn;
    @FXML private TableColumn<InvoiceRow, String> reimbursementColumn;
    @FXML private TableColumn<InvoiceRow, String> bankStatusColumn;
    @FXML private TableColumn<InvoiceRow, String> customerColumn;
    @FXML private Label selectionLabel;
    @FXML private Button firstPageButton;
    @FXML private Button previousPageButton;
    @FXML private Button nextPageButton;
    @FXML private Button lastPageButton;
    @FXML private Label pageLabel;

    /** The vendor filter, the list's first, for Ctrl+F. */
    TextField vendorField() {
        return vendorField;
    }

    private final ResourceBundle text;

    public InvoiceSelectionView(InvoiceSelectionViewModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
    }

    @FXML
    private void initialize() {
        savedSelectionBox.setItems(model.savedSelections());
        SavedSelectionChoice.install(savedSelectionBox, text.getString("filter.saved.none"));
        savedSelectionBox.valueProperty().bindBidirectional(model.savedSelectionProperty());
        savedSelectionBox.disableProperty().bind(Bindings.isEmpty(model.savedSelections()));
        savedSelectionText.textProperty().bind(model.savedSelectionTextProperty());
        vendorField.textProperty().bindBidirectional(model.vendorFilterProperty());
        ColumnWidths.fitPrompt(vendorField);
        groupField.textProperty().bindBidirectional(model.groupFilterProperty());
        currencyField.textProperty().bindBidirectional(model.currencyFilterProperty());
        DateField.attach(dueField, model.dueFilterUnreadableProperty());
        validation.watch(dueField, Bindings.createStringBinding(() -> model.dueFilterUnreadableProperty().get().isEmpty()
                ? null : model.dueFilterUnreadableProperty().get(), model.dueFilterUnreadableProperty()));
        validation.watch(vendorField, model.vendorFilterErrorProperty());
        validation.watch(groupField, model.groupFilterErrorProperty());
        dueField.valueProperty().bindBidirectional(model.dueFilterProperty());
        reimbursementsOnlyBox.selectedProperty().bindBidirectional(model.reimbursementsOnlyProperty());

        invoiceTable.setItems(model.invoices());
        selectColumn.setCellValueFactory(c -> c.getValue().selectedProperty());
        selectColumn.setCellFactory(CheckBoxTableCell.forTableColumn(selectColumn));
        invoiceColumn(vendorColumn, OpenInvoice::vendorAccount);
        invoiceColumn(nameColumn, OpenInvoice::vendorName);
        invoiceColumn(ibanColumn, i -> i.iban() == null ? "" : Iban.formatted(i.iban()));
        invoiceColumn(bicColumn, i -> i.bic() == null ? "" : i.bic());
        ColumnWidths.atLeast(bicColumn, ColumnWidths.widestBic());
        ColumnWidths.atLeast(nameColumn, ColumnWidths.widestName());
        invoiceColumn(documentColumn, OpenInvoice::document);
        invoiceColumn(dueColumn, i -> Formats.date(i.dueDate() == null ? i.transactionDate() : i.dueDate()));
        Columns.money(amountColumn, row -> row.invoice().openAmount());
        invoiceColumn(reimbursementColumn, i -> String.join(", ", i.reimbursements()));
        invoiceColumn(bankStatusColumn, OpenInvoice::bankStatus);
        invoiceColumn(customerColumn, i -> i.customerAccount() == null ? "" : i.customerAccount() + " " + i.customerName());
        invoiceTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(InvoiceRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("unpayable");
                setTooltip(null);
                if (!empty && row != null && !row.invoice().payable()) {
                    getStyleClass().add("unpayable");
                    setTooltip(new Tooltip(row.invoice().accountProblem()));
                }
            }
        });
        invoiceTable.getColumns().forEach(column -> column.setSortable(false));
        selectionLabel.textProperty().bind(model.selectionSummaryProperty());
        pageLabel.textProperty().bind(model.pageTextProperty());
        firstPageButton.disableProperty().bind(model.previousDisabledBinding());
        previousPageButton.disableProperty().bind(model.previousDisabledBinding());
        nextPageButton.disableProperty().bind(model.nextDisabledBinding());
        lastPageButton.disableProperty().bind(model.nextDisabledBinding());
    }

    private static void invoiceColumn(TableColumn<InvoiceRow, String> column, Function<OpenInvoice, String> value) {
        Columns.text(column, row -> value.apply(row.invoice()));
    }

    @FXML
    private void onShow() {
        // Show with a filter that cannot be read says why at every such field, left or not.
        validation.revealAll();
        model.refresh();
    }

    @FXML
    private void onFirstPage() {
        model.firstPage();
    }

    @FXML
    private void onPreviousPage() {
        model.previousPage();
    }

    @FXML
    private void onNextPage() {
        model.nextPage();
    }

    @FXML
    private void onLastPage() {
        model.lastPage();
    }

    @FXML
    private void onSelectAll() {
        model.selectAll();
    }

    @FXML
    private void onSelectNone() {
        model.selectNone();
    }
}
