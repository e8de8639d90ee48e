package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.service.setup.CustomerService.Column;
import dk.reimbursementdesk.service.setup.CustomerService.OpenTransaction;
import dk.reimbursementdesk.service.setup.CustomerService.Row;
import dk.reimbursementdesk.service.setup.CustomerService.VendorChoice;
import dk.reimbursementdesk.ui.common.ChoiceCells;
import dk.reimbursementdesk.ui.common.ColumnWidths;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.UnsavedChanges;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;

/** The FXML controller of the customers list page and details form. */
public final class CustomersView {

    private final CustomersViewModel model;
    private final CustomerForm form;
    private final FormValidation validation = new FormValidation();

    @FXML private TextField filterField;
    @FXML private javafx.scene.layout.HBox creditFilterBar;
    @FXML private Label creditFilterLabel;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> accountColumn;
    @FXML private TableColumn<Row, String> nameColumn;
    @FXML private TableColumn<Row, String> groupColumn;
    @FXML private TableColumn<Row, String> currencyColumn;
    @FXML private TableColumn<Row, String> vendorColumn;
    @FXML private TableColumn<Row, String> balanceColumn;
    @FXML private Label pageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private TextField accountField;
    @FXML private TextField nameField;
    @FXML private ComboBox<String> groupBox;
    @FXML private ComboBox<String> currencyBox;
    @FXML private TextField ibanField;
    @FXML private TextField bicField;
    @FXML private SearchableComboBox<VendorChoice> vendorBox;
    @FXML private Button clearVendorButton;
    @FXML private Button createVendorButton;
    @FXML private TextField holdReasonField;
    @FXML private Button holdButton;
    @FXML private Button releaseButton;
    @FXML private Label holdLabel;
    @FXML private TableView<OpenTransaction> openTable;
    @FXML private TableColumn<OpenTransaction, String> documentColumn;
    @FXML private TableColumn<OpenTransaction, String> typeColumn;
    @FXML private TableColumn<OpenTransaction, String> dateColumn;
    @FXML private TableColumn<OpenTransaction, String> dueColumn;
    @FXML private TableColumn<OpenTransaction, String> openCurrencyColumn;
    @FXML private TableColumn<OpenTransaction, String> amountColumn;
    @FXML private TableColumn<OpenTransaction, String> openColumn;
    @FXML private Label balancesLabel;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private Label messageLabel;

    private final UnsavedChanges changes;

    /** The list's filter, for Ctrl+F. */
    TextField filterField() {
        return filterField;
    }

    /** Clear on the credit filter's line: the whole list again. */
    @FXML
    private void clearCreditFilter() {
        model.list().creditProperty().set(null);
    }

    @FXML private Button reimburseButton;
    /** Opens the Reimbursement dialog for an account (Reimburse…); null: the screen offers none. */
    private final Consumer<String> reimburse;

    public CustomersView(CustomersViewModel model, DialogService dialogs) {
        this(model, dialogs, null);
    }

    public CustomersView(CustomersViewModel model, DialogService dialogs, Consumer<String> reimburse) {
        this.model = model;
        this.form = model.form();
        this.reimburse = reimburse;
        this.changes = UnsavedChanges.ofForm(dialogs, form.changedProperty(), "unsaved.save", model::save, validation);
    }

    /** Asks before the user leaves the form with unsaved changes; the screen hands it to the main window. */
    public UnsavedChanges changes() {
        return changes;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(model.list().filterProperty());
        // Enter in the filter refreshes the list; it must not reach the form's default Save button.
        filterField.setOnAction(e -> {
            model.list().refresh();
            e.consume();
        });
        creditFilterLabel.textProperty().bind(model.list().creditTextProperty());
        creditFilterBar.visibleProperty().bind(model.list().creditProperty().isNotNull());
        creditFilterBar.managedProperty().bind(creditFilterBar.visibleProperty());
        table.setItems(model.list().rows());
        Columns.number(accountColumn, Row::account);
        Columns.text(nameColumn, Row::name);
        Columns.code(groupColumn, Row::group);
        Columns.text(currencyColumn, Row::currency);
        Columns.number(vendorColumn, Row::vendorAccount);
        Columns.amount(balanceColumn, Row::balance);
        balanceColumn.textProperty().bind(model.list().balanceHeaderProperty());
        Map<TableColumn<Row, ?>, Column> sortable = Map.of(accountColumn, Column.ACCOUNT, nameColumn, Column.NAME,
                groupColumn, Column.GROUP, currencyColumn, Column.CURRENCY, vendorColumn, Column.VENDOR, balanceColumn, Column.BALANCE);
        Columns.sortInDatabase(table, sortable, model.list()::sort);
        changes.guard(table.getSelectionModel(), row -> {
            if (row != null) {
                model.select(row.account());
            }
        });
        pageLabel.textProperty().bind(model.list().pageTextProperty());
        previousButton.disableProperty().bind(model.list().offsetProperty().isEqualTo(0));
        nextButton.disableProperty().bind(model.list().offsetProperty().add(CustomerListViewModel.PAGE_SIZE)
                .greaterThanOrEqualTo(model.list().totalProperty()));

        accountField.textProperty().bindBidirectional(form.accountProperty());
        accountField.editableProperty().bind(form.existingProperty().not());
        nameField.textProperty().bindBidirectional(form.nameProperty());
        groupBox.setItems(form.groups());
        groupBox.getEditor().textProperty().bindBidirectional(form.groupProperty());
        currencyBox.setItems(form.currencies());
        currencyBox.getEditor().textProperty().bindBidirectional(form.currencyProperty());
        ibanField.textProperty().bindBidirectional(form.ibanProperty());
        bicField.textProperty().bindBidirectional(form.bicProperty());
        holdReasonField.textProperty().bindBidirectional(model.holdReasonProperty());
        holdLabel.textProperty().bind(model.holdTextProperty());
        holdButton.disableProperty().bind(form.existingProperty().not().or(model.busyProperty()));
        releaseButton.disableProperty().bind(form.existingProperty().not().or(model.busyProperty()).or(model.heldProperty().not()));
        vendorBox.setItems(form.vendorChoices());
        ChoiceCells.install(vendorBox, v -> v.account() + "  " + v.name());
        vendorBox.valueProperty().bindBidirectional(form.vendorProperty());
        // Seen under Xvfb in Danish at 1200x760: 'Søg kredito…' and 'Årsag, fx omtvistet faktur'.
        ColumnWidths.fitPrompt(vendorBox);
        ColumnWidths.fitPrompt(holdReasonField);
        clearVendorButton.disableProperty().bind(form.vendorProperty().isNull());
        createVendorButton.disableProperty().bind(form.existingProperty().not().or(form.linkedOnFileProperty())
                .or(model.busyProperty()));

        validation.watch(accountField, form.accountErrorProperty());
        validation.watch(nameField, form.nameErrorProperty());
        validation.watch(groupBox, form.groupErrorProperty());
        validation.watch(currencyBox, form.currencyErrorProperty());
        validation.watch(ibanField, form.ibanErrorProperty());
        validation.watch(bicField, form.bicErrorProperty());

        openTable.setItems(model.openTransactions());
        Columns.number(documentColumn, OpenTransaction::document);
        Columns.text(typeColumn, model::typeText);
        Columns.dateText(dateColumn, t -> t.date());
        Columns.dateText(dueColumn, t -> t.dueDate());
        Columns.text(openCurrencyColumn, OpenTransaction::currency);
        Columns.amount(amountColumn, OpenTransaction::amount);
        Columns.amount(openColumn, OpenTransaction::openAmount);
        balancesLabel.textProperty().bind(model.balancesProperty());

        saveButton.disableProperty().bind(form.validProperty().not().or(model.busyProperty()));
        deleteButton.disableProperty().bind(form.existingProperty().not().or(model.busyProperty()));
        reimburseButton.disableProperty().bind(form.existingProperty().not().or(model.busyProperty()));
        reimburseButton.setVisible(reimburse != null);
        reimburseButton.setManaged(reimburse != null);
        messageLabel.textProperty().bind(model.messageProperty());
        FormValidation.actions(messageLabel);
        Columns.placeholder(table, openTable);
        model.load();
    }


    @FXML private void previousPage() { model.list().previousPage(); }
    @FXML private void nextPage() { model.list().nextPage(); }
    @FXML private void newCustomer() {
        changes.leave(() -> {
            table.getSelectionModel().clearSelection();
            model.newCustomer();
            accountField.requestFocus();
        });
    }
    @FXML private void save() { model.save(); }
    @FXML private void cancel() { model.cancel(); }
    @FXML private void delete() { model.delete(); }
    @FXML private void clearVendor() { form.clearVendor(); }
    @FXML private void createVendor() { model.createVendorFromCustomer(); }
    @FXML private void hold() { model.hold(); }

    /** Reimburse…: the Reimbursement dialog with the selection set to this customer, previewed at once. */
    @FXML
    private void reimburseCustomer() {
        if (reimburse != null && form.existingProperty().get()) {
            reimburse.accept(form.accountProperty().get());
        }
    }
    @FXML private void release() { model.release(); }
}
