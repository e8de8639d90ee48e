package dk.reimbursementdesk.ui.transaction;

import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService.CustomerSummary;
import dk.reimbursementdesk.service.setup.CustomerTransactionEntryService.PostedTransaction;
import dk.reimbursementdesk.ui.common.ChoiceCells;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.UnsavedChanges;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import javafx.util.StringConverter;

/** The FXML controller of customer transaction entry. */
public final class CustomerTransactionView {

    private final CustomerTransactionViewModel model;
    private final FormValidation validation = new FormValidation();

    @FXML private TextField customerField;
    @FXML private Label customerNameLabel;
    @FXML private ComboBox<CustomerTransactionType> typeBox;
    @FXML private DatePicker datePicker;
    @FXML private TextField documentField;
    @FXML private TextField amountField;
    @FXML private ComboBox<String> currencyBox;
    @FXML private DatePicker dueDatePicker;
    @FXML private Label dueDateLabel;
    @FXML private Button postButton;
    @FXML private Label messageLabel;
    @FXML private SearchableComboBox<CustomerSummary> customerLookup;
    @FXML private TableView<PostedTransaction> postedTable;
    @FXML private TableColumn<PostedTransaction, String> postedDateColumn;
    @FXML private TableColumn<PostedTransaction, String> postedTypeColumn;
    @FXML private TableColumn<PostedTransaction, String> postedDocumentColumn;
    @FXML private TableColumn<PostedTransaction, String> postedCurrencyColumn;
    @FXML private TableColumn<PostedTransaction, String> postedAmountColumn;
    @FXML private TableColumn<PostedTransaction, String> postedOpenColumn;
    @FXML private TableColumn<PostedTransaction, String> postedVoucherColumn;

    private final UnsavedChanges changes;

    public CustomerTransactionView(CustomerTransactionViewModel model, DialogService dialogs) {
        this.model = model;
        this.changes = UnsavedChanges.ofForm(dialogs, model.changedProperty(), "unsaved.post", model::post, validation);
    }

    /** Asks Post / Discard / Cancel before the user leaves a document typed and not posted. */
    public UnsavedChanges changes() {
        return changes;
    }

    @FXML
    private void initialize() {
        customerField.textProperty().bindBidirectional(model.customerProperty());
        customerNameLabel.textProperty().bind(model.customerNameProperty());
        typeBox.setItems(model.types());
        typeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CustomerTransactionType t) {
                return model.typeText(t);
            }

            @Override
            public CustomerTransactionType fromString(String text) {
                return model.types().stream().filter(t -> model.typeText(t).equals(text)).findFirst().orElse(null);
            }
        });
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        DateField.attach(datePicker, model.dateUnreadableProperty());
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        documentField.textProperty().bindBidirectional(model.documentProperty());
        amountField.textProperty().bindBidirectional(model.amountProperty());
        currencyBox.setItems(model.currencies());
        currencyBox.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        DateField.attach(dueDatePicker, model.dueDateUnreadableProperty());
        dueDatePicker.valueProperty().bindBidirectional(model.dueDateProperty());
        dueDatePicker.disableProperty().bind(model.invoiceProperty().not());
        dueDateLabel.disableProperty().bind(model.invoiceProperty().not());
        validation.watch(customerField, model.customerErrorProperty());
        validation.watch(documentField, model.documentErrorProperty());
        validation.watch(amountField, model.amountErrorProperty());
        validation.watch(datePicker, model.dateErrorProperty());
        validation.watch(dueDatePicker, model.dueDateErrorProperty());
        postButton.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        messageLabel.textProperty().bind(model.messageProperty());
        FormValidation.actions(messageLabel);
        customerLookup.setItems(model.customerChoices());
        ChoiceCells.install(customerLookup, c -> c.account() + "  " + c.name());
        customerLookup.valueProperty().addListener((o, was, chosen) -> model.choose(chosen));

        postedTable.setItems(model.postedTransactions());
        Columns.dateText(postedDateColumn, PostedTransaction::date);
        Columns.text(postedTypeColumn, t -> model.typeText(t.type()));
        Columns.number(postedDocumentColumn, PostedTransaction::document);
        Columns.text(postedCurrencyColumn, PostedTransaction::currency);
        Columns.amount(postedAmountColumn, PostedTransaction::amount);
        Columns.amount(postedOpenColumn, PostedTransaction::openAmount);
        Columns.number(postedVoucherColumn, PostedTransaction::voucher);
        Columns.placeholder(postedTable);
        model.load();
    }

    @FXML private void post() { model.post(); }
    @FXML private void cancel() {
        model.reset();
        validation.reset();
        customerField.requestFocus();
    }
}
