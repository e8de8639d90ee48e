package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.ui.common.DateFieldConverter;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;

/** The Reverse dialog's controller: asks for the reversal's posting date, saying what a reversal does. */
public final class ReversalView {

    private final ReversalViewModel model;

    @FXML private DialogPane pane;
    @FXML private ButtonType reverse;
    @FXML private Label explanation;
    @FXML private DatePicker date;
    @FXML private Label dateError;

    public ReversalView(ReversalViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        pane.setHeaderText(model.question());
        // A message pattern (its apostrophes are doubled), so not an FXML %key, which would show them doubled.
        explanation.setText(ReimbursementTexts.text("list.reverse.explanation"));
        date.setConverter(new DateFieldConverter(model::dateUnreadable));
        date.valueProperty().bindBidirectional(model.dateProperty());
        dateError.textProperty().bind(model.dateErrorProperty());
        pane.lookupButton(reverse).disableProperty().bind(model.reverseDisabled());
    }

    /** Shows the dialog through {@code dialogs} (modal to the screen's window) and waits: the date to reverse on, or empty when cancelled. */
    public static Optional<LocalDate> show(DialogService dialogs, ReversalViewModel model) {
        ReversalView view = new ReversalView(model);
        Fxml.load(ReversalView.class, "Reversal.fxml", ReimbursementTexts.bundle(), view);
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(ReimbursementTexts.text("list.reverse.title"));
        dialog.setDialogPane(view.pane);
        dialog.setResultConverter(button -> button == view.reverse ? model.dateProperty().get() : null);
        Platform.runLater(view.date::requestFocus);
        return dialogs.showCustomDialog(dialog);
    }
}
