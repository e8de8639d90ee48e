package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Texts;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Asks for the password of a ledger on a server whose URL (and PGPASSWORD) gives none: a password
 * field, the server named as {@code user@host:port/database}. The password goes to the connection
 * only: it is never shown, logged or remembered (the window's settings keep no ledger at all).
 * The result is the password as typed (empty for a server that trusts the user); empty Optional
 * when cancelled.
 */
public final class PasswordDialog extends Dialog<String> {

    public PasswordDialog(String server) {
        Texts texts = Texts.of("i18n.shell");
        setTitle(texts.get("server.password.title"));
        setHeaderText(texts.format("server.password.header", server));
        PasswordField field = new PasswordField();
        field.setId("serverPasswordField");
        field.setPrefColumnCount(28);
        Label caption = new Label(texts.get("server.password"));
        caption.setMnemonicParsing(true);
        caption.setLabelFor(field);
        Label hint = new Label(texts.get("server.password.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        getDialogPane().setContent(new VBox(4, caption, field, hint));
        getDialogPane().getStylesheets().add(PasswordDialog.class.getResource("shell.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setOnShown(event -> Platform.runLater(field::requestFocus));
        setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
    }

    /**
     * The sentence for {@code failure} of a server's ledger opened with a password typed in this
     * dialog ({@code typed} not null): a refused password is told as one to type again, where the
     * command line's sentence told the clerk to put it in the URL or in PGPASSWORD, which the window
     * never needs. Any other failure says its own sentence.
     */
    public static String sentence(Throwable failure, String url, String typed) {
        if (typed != null && Failures.refusal(failure).filter(r -> "server.authFailed".equals(r.getKey())).isPresent()) {
            return Texts.of("i18n.shell").format("server.password.refused", Services.serverName(url));
        }
        return Failures.sentence(failure);
    }
}
