package dk.reimbursementdesk.ui.reimbursement;

import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Asks for one line of text (a hold's reason, a selection's name), shown through
 * {@code DialogService.showCustomDialog}. Text the caller refuses is told under the field and OK does
 * not close; a caution (a name taken) is told there too, and OK then says what it will do (Replace).
 * The result is the text stripped; empty when cancelled.
 */
final class OneLineDialog extends Dialog<String> {

    /** What OK does with the text: refused (a sentence), or accepted with a caution and another OK label. */
    record Check(String refusal, String caution, String okText) {
        static final Check FINE = new Check(null, null, null);

        static Check refused(String sentence) {
            return new Check(sentence, null, null);
        }

        static Check cautioned(String sentence, String okText) {
            return new Check(null, sentence, okText);
        }
    }

    private final TextField field = new TextField();
    private final Label sentence = new Label();
    private final Function<String, Check> check;
    private boolean told;

    OneLineDialog(String title, String header, String label, String fieldId, String initial, Function<String, Check> check) {
        this.check = check;
        setTitle(title);
        setHeaderText(header);
        Label caption = new Label(label);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(field);
        field.setId(fieldId);
        field.setPrefColumnCount(32);
        field.setText(initial == null ? "" : initial);
        sentence.setId(fieldId + "Sentence");
        sentence.getStyleClass().add("field-error");
        sentence.setWrapText(true);
        sentence.setMaxWidth(420);
        VBox content = new VBox(4, caption, field, sentence);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(OneLineDialog.class.getResource("reimbursement.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        String okText = ok.getText();
        field.textProperty().addListener((o, was, now) -> {
            told = true;
            tell(ok, okText);
        });
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            told = true;
            if (tell(ok, okText).refusal() != null) {
                event.consume();
                field.requestFocus();
            }
        });
        tell(ok, okText);
        // After the pulse that shows the dialog: the dialog gives its default button the focus on showing, and
        // typing would then go nowhere, a space press OK.
        setOnShown(event -> Platform.runLater(field::requestFocus));
        setResultConverter(button -> button == ButtonType.OK ? field.getText().strip() : null);
    }

    /** Shows what the text as it stands would do; a refusal only once the user typed or pressed OK. */
    private Check tell(Button ok, String okText) {
        Check now = check.apply(field.getText());
        String refusal = told ? now.refusal() : null;
        sentence.setText(Optional.ofNullable(refusal).orElse(Optional.ofNullable(now.caution()).orElse("")));
        sentence.getStyleClass().removeAll("field-error", "hint");
        sentence.getStyleClass().add(now.caution() != null && refusal == null ? "hint" : "field-error");
        ok.setText(now.okText() != null ? now.okText() : okText);
        return now;
    }
}
