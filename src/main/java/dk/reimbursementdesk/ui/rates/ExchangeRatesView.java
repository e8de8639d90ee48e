package dk.reimbursementdesk.ui.rates;

import dk.reimbursementdesk.service.setup.ExchangeRateService.Rate;
import dk.reimbursementdesk.ui.setup.FormValidation;
import dk.reimbursementdesk.ui.setup.SetupUi;
import dk.reimbursementdesk.ui.setup.TableColumns;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    public ExchangeRatesView(ExchangeRatesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        currencyBox.setItems(model.currencies());
        currencyBox.getEditor().textProperty().bindBidirectional(model.currencyProperty());
        table.setItems(model.rates());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
        TableColumns.text(currencyColumn, Rate::currency);
        TableColumns.text(validFromColumn, r -> dates.format(r.validFrom()));
        TableColumns.amount(rateColumn, Rate::rate);
        TableColumns.text(usedColumn, r -> SetupUi.text(r.used() ? "common.yes" : "common.no"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        validFromPicker.valueProperty().bindBidirectional(model.validFromProperty());
        rateLabel.textProperty().bind(model.accountingCurrencyProperty().map(c -> SetupUi.text("rates.rate", c)));
        rateField.textProperty().bindBidirectional(model.rateTextProperty());
        validation.watch(currencyBox, model.currencyErrorProperty());
        validation.watch(validFromPicker, model.dateErrorProperty());
        validation.watch(rateField, model.rateErrorProperty());
        addButton.disableProperty().bind(model.busyProperty());
        correctButton.disableProperty().bind(model.correctableProperty().not().or(model.busyProperty()));
        messageLabel.textProperty().bind(model.messageProperty());
        TableColumns.placeholder(table);
        model.load();
    }


    @FXML private void add() { model.add(); }
    @FXML private void correct() { model.correct(); }
    @FXML private void cancel() {
        table.getSelectionModel().clearSelection();
        model.cancel();
    }
}
