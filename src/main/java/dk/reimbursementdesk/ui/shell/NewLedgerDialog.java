package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.Texts;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Asks for the new ledger's company: id, name and accounting currency, each checked as typed with the
 * sentence under the field; OK stays disabled until all three are good.
 */
public final class NewLedgerDialog extends Dialog<NewLedgerForm.Company> {

    private final NewLedgerForm form = new NewLedgerForm();

    /** Shown through {@code DialogService.showCustomDialog}, which gives it its owner. */
    public NewLedgerDialog() {
        Texts texts = Texts.of("i18n.shell");
        setTitle(texts.get("newLedger.title"));
        setHeaderText(texts.get("newLedger.header"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        TextField code = field("newLedgerCode", form.codeProperty());
        row(grid, 0, texts.get("newLedger.code"), code, form.codeErrorProperty());
        setOnShown(event -> code.requestFocus());
        row(grid, 2, texts.get("newLedger.name"), field("newLedgerName", form.nameProperty()), form.nameErrorProperty());
        row(grid, 4, texts.get("newLedger.currency"), field("newLedgerCurrency", form.currencyProperty()), form.currencyErrorProperty());
        getDialogPane().setContent(grid);
        getDialogPane().getStylesheets().add(NewLedgerDialog.class.getResource("shell.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(form.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? form.company() : null);
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static void row(GridPane grid, int row, String labelText, TextField field, StringBinding error) {
        Label label = new Label(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(error);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        grid.add(message, 1, row + 1);
    }
}
