package dk.reimbursementdesk.ui.parameters;

import dk.reimbursementdesk.service.setup.ParametersService.Choice;
import dk.reimbursementdesk.ui.common.ChoiceCells;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.UnsavedChanges;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The FXML controller of the AR parameters form: binds controls to the view model and forwards the buttons. */
public final class ParametersView {

    private final Texts texts = Texts.of("i18n.setup");

    private final ParametersViewModel model;

    @FXML private Label minimumLabel;
    @FXML private TextField minimumField;
    @FXML private TextField bankIbanField;
    @FXML private TextField bankBicField;
    private final FormValidation fields = new FormValidation();
    @FXML private ComboBox<Choice> vendorGroupBox;
    @FXML private ComboBox<Choice> oneTimeSequenceBox;
    @FXML private ComboBox<Choice> arControlBox;
    @FXML private ComboBox<Choice> apControlBox;
    @FXML private ComboBox<Choice> bankBox;
    @FXML private ComboBox<Choice> salesBox;
    @FXML private ComboBox<Choice> salesReturnsBox;
    @FXML private ComboBox<Choice> smallCreditWriteoffBox;
    @FXML private ComboBox<Choice> voucherSequenceBox;
    @FXML private ComboBox<Choice> reimbursementSequenceBox;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

    private final UnsavedChanges changes;

    public ParametersView(ParametersViewModel model, DialogService dialogs) {
        this.model = model;
        this.changes = UnsavedChanges.ofForm(dialogs, model.changedProperty(), "unsaved.save", model::save, fields);
    }

    /** Asks before the user leaves the form with unsaved changes; the screen hands it to the main window. */
    public UnsavedChanges changes() {
        return changes;
    }

    @FXML
    private void initialize() {
        minimumLabel.textProperty().bind(model.accountingCurrencyProperty().map(c -> texts.format("parameters.minimum", c)));
        minimumField.textProperty().bindBidirectional(model.minimumTextProperty());
        // The one way (FormValidation): the sentence under the field once it is left, as for the IBAN and BIC.
        fields.watch(minimumField, model.minimumErrorProperty());
        bankIbanField.textProperty().bindBidirectional(model.bankIbanProperty());
        bankBicField.textProperty().bindBidirectional(model.bankBicProperty());
        fields.watch(bankIbanField, model.bankIbanErrorProperty());
        fields.watch(bankBicField, model.bankBicErrorProperty());
        choice(vendorGroupBox, model.vendorGroups(), model.vendorGroupProperty());
        choice(oneTimeSequenceBox, model.sequences(), model.oneTimeSequenceProperty());
        choice(arControlBox, model.accounts(), model.arControlProperty());
        choice(apControlBox, model.accounts(), model.apControlProperty());
        choice(bankBox, model.accounts(), model.bankProperty());
        choice(salesBox, model.accounts(), model.salesProperty());
        choice(salesReturnsBox, model.accounts(), model.salesReturnsProperty());
        choice(smallCreditWriteoffBox, model.accounts(), model.smallCreditWriteoffProperty());
        choice(voucherSequenceBox, model.sequences(), model.voucherSequenceProperty());
        choice(reimbursementSequenceBox, model.sequences(), model.reimbursementSequenceProperty());
        saveButton.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        messageLabel.textProperty().bind(model.messageProperty());
        FormValidation.actions(messageLabel);
        model.load();
    }

    private static void choice(ComboBox<Choice> box, javafx.collections.ObservableList<Choice> items, ObjectProperty<Choice> value) {
        box.setItems(items);
        ChoiceCells.install(box);
        box.valueProperty().bindBidirectional(value);
    }

    @FXML
    private void save() {
        // Save (or Enter) with a wrong field shows its sentence at once, left or not.
        if (!model.save(null)) {
            fields.revealAll();
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
