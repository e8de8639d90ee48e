package dk.reimbursementdesk.ui.rates;

import dk.reimbursementdesk.service.setup.ExchangeRateService.Rate;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.UnsavedChanges;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The FXML controller of the exchange rates screen. */
public final class ExchangeRatesView {

    private final Texts texts = Texts.of("i18n.setup");

    private final ExchangeRatesViewModel model;
    private final FormValidation validation = new FormValidation();

    @FXML private ComboBox<String> currencyBox;
    @FXML private TableView<Rate> table;
    @FXML private TableColumn<Rate, String> currencyColumn;
    @FXML private TableColumn<Rate, String> validFromColumn;
    @FXML private TableColumn<Rate, String> rateColumn;
    @FXML private TableColumn<Rate, String> usedColumn;
    @FXML private DatePicker validFromPicker;
    @FXML private Label rateLabel;
    @FXML private TextField rateField;
    @FXML private Button addButton;
    @FXML private Button correctButton;
    @FXML private Label messageLabel;

    private final UnsavedChanges changes;

    public ExchangeRatesView(ExchangeRatesViewModel model, DialogService dialogs) {
        this.model = model;
        this.changes = UnsavedChanges.ofForm(dialogs, model.changedProperty(), "unsaved.save", model::save, validation);
    }

    /** Asks before the user leaves the form with unsaved changes; the screen hands it to the main window. */
    public UnsavedChanges changes() {
        return changes;
    }

    @FXML
    private void initialize() {
        currencyBox.setItems(model.currencies());
        currencyBox.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        table.setItems(model.rates());
        Columns.text(currencyColumn, Rate::currency);
        Columns.dateText(validFromColumn, r -> r.validFrom());
        Columns.amount(rateColumn, Rate::rate);
        Columns.text(usedColumn, r -> texts.format(r.used() ? "common.yes" : "common.no"));
        changes.guard(table.getSelectionModel(), model::select);
        DateField.attach(validFromPicker, model.dateUnreadableProperty());
        validFromPicker.valueProperty().bindBidirectional(model.validFromProperty());
        rateLabel.textProperty().bind(model.accountingCurrencyProperty().map(c -> texts.format("rates.rate", c)));
        rateField.textProperty().bindBidirectional(model.rateTextProperty());
        validation.watch(currencyBox, model.currencyErrorProperty());
        validation.watch(validFromPicker, model.dateErrorProperty());
        validation.watch(rateField, model.rateErrorProperty());
        addButton.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        correctButton.disableProperty().bind(model.correctableProperty().not().or(model.validProperty().not()).or(model.busyProperty()));
        messageLabel.textProperty().bind(model.messageProperty());
        FormValidation.actions(messageLabel);
        Columns.placeholder(table);
        model.load();
    }


    @FXML private void add() { model.add(); }
    @FXML private void correct() { model.correct(); }
    @FXML private void cancel() {
        table.getSelectionModel().clearSelection();
        model.cancel();
        validation.reset();
    }
}
