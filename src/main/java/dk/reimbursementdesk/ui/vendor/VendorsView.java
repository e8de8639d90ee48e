package dk.reimbursementdesk.ui.vendor;

import dk.reimbursementdesk.service.setup.VendorService.Column;
import dk.reimbursementdesk.service.setup.VendorService.LinkedCustomer;
import dk.reimbursementdesk.service.setup.VendorService.OpenInvoice;
import dk.reimbursementdesk.service.setup.VendorService.Row;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.UnsavedChanges;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The FXML controller of the vendors list page and details form. */
public final class VendorsView {

    private final Texts texts = Texts.of("i18n.setup");

    private final VendorsViewModel model;
    private final FormValidation validation = new FormValidation();

    @FXML private TextField filterField;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> accountColumn;
    @FXML private TableColumn<Row, String> nameColumn;
    @FXML private TableColumn<Row, String> groupColumn;
    @FXML private TableColumn<Row, String> currencyColumn;
    @FXML private TableColumn<Row, String> ibanColumn;
    @FXML private TableColumn<Row, String> oneTimeColumn;
    @FXML private Label pageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private TextField accountField;
    @FXML private TextField nameField;
    @FXML private ComboBox<String> groupBox;
    @FXML private ComboBox<String> currencyBox;
    @FXML private TextField ibanField;
    @FXML private TextField bicField;
    @FXML private CheckBox oneTimeBox;
    @FXML private TableView<LinkedCustomer> linkedTable;
    @FXML private TableColumn<LinkedCustomer, String> linkedAccountColumn;
    @FXML private TableColumn<LinkedCustomer, String> linkedNameColumn;
    @FXML private TableView<OpenInvoice> invoiceTable;
    @FXML private TableColumn<OpenInvoice, String> documentColumn;
    @FXML private TableColumn<OpenInvoice, String> typeColumn;
    @FXML private TableColumn<OpenInvoice, String> dateColumn;
    @FXML private TableColumn<OpenInvoice, String> dueColumn;
    @FXML private TableColumn<OpenInvoice, String> invoiceCurrencyColumn;
    @FXML private TableColumn<OpenInvoice, String> amountColumn;
    @FXML private TableColumn<OpenInvoice, String> openColumn;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

    private final UnsavedChanges changes;

    /** The list's filter, for Ctrl+F. */
    TextField filterField() {
        return filterField;
    }

    public VendorsView(VendorsViewModel model, DialogService dialogs) {
        this.model = model;
        this.changes = UnsavedChanges.ofForm(dialogs, model.changedProperty(), "unsaved.save", model::save, validation);
    }

    /** Asks before the user leaves the form with unsaved changes; the screen hands it to the main window. */
    public UnsavedChanges changes() {
        return changes;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(model.filterProperty());
        filterField.setOnAction(e -> {
            model.refresh();
            e.consume();
        });
        table.setItems(model.rows());
        Columns.number(accountColumn, Row::account);
        Columns.text(nameColumn, Row::name);
        Columns.code(groupColumn, Row::group);
        Columns.text(currencyColumn, Row::currency);
        Columns.text(ibanColumn, r -> r.iban() == null ? "" : r.iban());
        Columns.text(oneTimeColumn, r -> texts.format(r.oneTime() ? "common.yes" : "common.no"));
        Columns.sortInDatabase(table, Map.of(accountColumn, Column.ACCOUNT, nameColumn, Column.NAME, groupColumn, Column.GROUP,
                currencyColumn, Column.CURRENCY, ibanColumn, Column.IBAN, oneTimeColumn, Column.ONE_TIME), model::sort);
        changes.guard(table.getSelectionModel(), row -> {
            if (row != null) {
                model.select(row.account());
            }
        });
        pageLabel.textProperty().bind(model.pageTextProperty());
        previousButton.disableProperty().bind(model.offsetProperty().isEqualTo(0));
        nextButton.disableProperty().bind(model.offsetProperty().add(VendorsViewModel.PAGE_SIZE).greaterThanOrEqualTo(model.totalProperty()));

        accountField.textProperty().bindBidirectional(model.accountProperty());
        accountField.editableProperty().bind(model.existingProperty().not());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        groupBox.setItems(model.groups());
        groupBox.getEditor().textProperty().bindBidirectional(model.groupProperty());
        currencyBox.setItems(model.currencies());
        currencyBox.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        ibanField.textProperty().bindBidirectional(model.ibanProperty());
        bicField.textProperty().bindBidirectional(model.bicProperty());
        oneTimeBox.selectedProperty().bindBidirectional(model.oneTimeProperty());
        validation.watch(accountField, model.accountErrorProperty());
        validation.watch(nameField, model.nameErrorProperty());
        validation.watch(groupBox, model.groupErrorProperty());
        validation.watch(currencyBox, model.currencyErrorProperty());
        validation.watch(ibanField, model.ibanErrorProperty());
        validation.watch(bicField, model.bicErrorProperty());

        linkedTable.setItems(model.linkedCustomers());
        Columns.number(linkedAccountColumn, LinkedCustomer::account);
        Columns.text(linkedNameColumn, LinkedCustomer::name);
        invoiceTable.setItems(model.openInvoices());
        Columns.number(documentColumn, OpenInvoice::document);
        Columns.text(typeColumn, model::typeText);
        Columns.dateText(dateColumn, i -> i.date());
        Columns.dateText(dueColumn, i -> i.dueDate());
        Columns.text(invoiceCurrencyColumn, OpenInvoice::currency);
        Columns.amount(amountColumn, OpenInvoice::amount);
        Columns.amount(openColumn, OpenInvoice::openAmount);

        saveButton.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        messageLabel.textProperty().bind(model.messageProperty());
        FormValidation.actions(messageLabel);
        Columns.placeholder(table, linkedTable, invoiceTable);
        model.load();
    }

    @FXML private void previousPage() { model.previousPage(); }
    @FXML private void nextPage() { model.nextPage(); }
    @FXML private void newVendor() {
        changes.leave(() -> {
            table.getSelectionModel().clearSelection();
            model.newVendor();
            accountField.requestFocus();
        });
    }
    @FXML private void save() { model.save(); }
    @FXML private void cancel() { model.cancel(); }
}
