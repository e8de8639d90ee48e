package dk.reimbursementdesk.ui.writeoff;

import dk.reimbursementdesk.service.writeoff.SmallCreditService.Row;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Formats;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Reverse…: asks for the reversal's posting date (today unless typed otherwise), saying what a reversal
 * does; Reverse stays off while the date is missing, not a date, or before the write-off's posting date,
 * and the sentence under the field says why. The service checks the date again.
 */
final class WriteOffReversalDialog {

    private WriteOffReversalDialog() {
    }

    /** The date to reverse {@code row} on, or empty when cancelled. */
    static Optional<LocalDate> show(DialogService dialogs, Row row, LocalDate today) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(WriteOffTexts.text("written.reverse.title"));
        dialog.setHeaderText(WriteOffTexts.text("written.reverse.header", row.number(), row.customer(), row.customerName(),
                Formats.money(row.amount(), row.currency())));
        ButtonType reverse = new ButtonType(WriteOffTexts.text("written.reverse.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(reverse, new ButtonType(WriteOffTexts.text("button.cancel"), ButtonData.CANCEL_CLOSE));
        Label explanation = new Label(WriteOffTexts.text("written.reverse.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(460);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        DatePicker date = new DatePicker();
        date.setId("reversalDate");
        StringProperty unreadable = new SimpleStringProperty("");
        DateField.attach(date, unreadable);
        date.setValue(today);
        Label label = new Label(WriteOffTexts.text("written.reverse.date"));
        label.setLabelFor(date);
        label.setMnemonicParsing(true);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setStyle("-fx-text-fill: #b00020;");
        // Wrapped within the dialog's width, the dialog growing for it (seen: the sentence ran past the edge).
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(Bindings.createStringBinding(() -> !unreadable.get().isEmpty() ? unreadable.get()
                : date.getValue() != null && date.getValue().isBefore(row.postingDate())
                        ? WriteOffTexts.text("written.reverse.beforePosting", Formats.date(date.getValue()), Formats.date(row.postingDate()))
                        : "", unreadable, date.valueProperty()));
        dialog.getDialogPane().setContent(new VBox(8, explanation, label, date, error));
        dialog.getDialogPane().lookupButton(reverse).disableProperty()
                .bind(date.valueProperty().isNull().or(error.textProperty().isNotEmpty()));
        dialog.setResultConverter(button -> button == reverse ? date.getValue() : null);
        Platform.runLater(date::requestFocus);
        return dialogs.showCustomDialog(dialog);
    }
}
