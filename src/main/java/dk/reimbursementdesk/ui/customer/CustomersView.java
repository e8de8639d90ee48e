package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.service.setup.CustomerService.Column;
import dk.reimbursementdesk.service.setup.CustomerService.OpenTransaction;
import dk.reimbursementdesk.service.setup.CustomerService.Row;
import dk.reimbursementdesk.service.setup.CustomerService.VendorChoice;
import dk.reimbursementdesk.ui.setup.FormValidation;
import dk.reimbursementdesk.ui.setup.TableColumns;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** The FXML controller of the customers list page and details form. */
public final class CustomersView {

    private final CustomersViewModel model;
    private final FormValidation validation = new FormValidation();

    @FXML private TextField filterField;
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

    public CustomersView(CustomersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(model.filterProperty());
        // Enter in the filter refreshes the list; it must not reach the form's default Save button.
        filterField.setOnAction(e -> {
            model.refresh();
            e.consume();
        });
        table.setItems(model.rows());
        TableColumns.text(accountColumn, Row::account);
        TableColumns.text(nameColumn, Row::name);
        TableColumns.text(groupColumn, Row::group);
        TableColumns.text(currencyColumn, Row::currency);
        TableColumns.text(vendorColumn, Row::vendorAccount);
        TableColumns.amount(balanceColumn, Row::balance);
        balanceColumn.textProperty().bind(model.balanceHeaderProperty());
        Map<TableColumn<Row, ?>, Column> sortable = Map.of(accountColumn, Column.ACCOUNT, nameColumn, Column.NAME,
                groupColumn, Column.GROUP, currencyColumn, Column.CURRENCY, vendorColumn, Column.VENDOR, balanceColumn, Column.BALANCE);
        TableColumns.sortInDatabase(table, sortable, model::sort);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now.account());
            }
        });
        pageLabel.textProperty().bind(model.pageTextProperty());
        previousButton.disableProperty().bind(model.offsetProperty().isEqualTo(0));
        nextButton.disableProperty().bind(model.offsetProperty().add(CustomersViewModel.PAGE_SIZE).greaterThanOrEqualTo(model.totalProperty()));

        accountField.textProperty().bindBidirectional(model.accountProperty());
        accountField.editableProperty().bind(model.existingProperty().not());
        nameField.textProperty().bindBidirectional(model.nameProperty());
        groupBox.setItems(model.groups());
        groupBox.getEditor().textProperty().bindBidirectional(model.groupProperty());
        currencyBox.setItems(model.currencies());
        currencyBox.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        ibanField.textProperty().bindBidirectional(model.ibanProperty());
        bicField.textProperty().bindBidirectional(model.bicProperty());
        vendorBox.setItems(model.vendorChoices());
        vendorBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(VendorChoice v) {
                return v == null ? "" : v.account() + "  " + v.name();
            }

            @Override
            public VendorChoice fromString(String text) {
                return model.vendorChoices().stream().filter(v -> toString(v).equals(text)).findFirst().orElse(null);
            }
        });
        vendorBox.valueProperty().bindBidirectional(model.vendorProperty());
        clearVendorButton.disableProperty().bind(model.vendorProperty().isNull());
        createVendorButton.disableProperty().bind(model.existingProperty().not().or(model.linkedOnFileProperty())
                .or(model.busyProperty()));

        validation.watch(accountField, model.accountErrorProperty());
        validation.watch(nameField, model.nameErrorProperty());
        validation.watch(groupBox, model.groupErrorProperty());
        validation.watch(currencyBox, model.currencyErrorProperty());
        validation.watch(ibanField, model.ibanErrorProperty());
        validation.watch(bicField, model.bicErrorProperty());

        openTable.setItems(model.openTransactions());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
        TableColumns.text(documentColumn, OpenTransaction::document);
        TableColumns.text(typeColumn, model::typeText);
        TableColumns.text(dateColumn, t -> dates.format(t.date()));
        TableColumns.text(dueColumn, t -> t.dueDate() == null ? "" : dates.format(t.dueDate()));
        TableColumns.text(openCurrencyColumn, OpenTransaction::currency);
        TableColumns.amount(amountColumn, OpenTransaction::amount);
        TableColumns.amount(openColumn, OpenTransaction::openAmount);
        balancesLabel.textProperty().bind(model.balancesProperty());

        saveButton.disableProperty().bind(model.busyProperty());
        deleteButton.disableProperty().bind(model.existingProperty().not().or(model.busyProperty()));
        messageLabel.textProperty().bind(model.messageProperty());
        TableColumns.placeholder(table, openTable);
        model.load();
    }


    @FXML private void previousPage() { model.previousPage(); }
    @FXML private void nextPage() { model.nextPage(); }
    @FXML private void newCustomer() {
        table.getSelectionModel().clearSelection();
        model.newCustomer();
        accountField.requestFocus();
    }
    @FXML private void save() { model.save(); }
    @FXML private void cancel() { model.cancel(); }
    @FXML private void delete() { model.delete(); }
    @FXML private void clearVendor() { model.clearVendor(); }
    @FXML private void createVendor() { model.createVendorFromCustomer(); }
}
