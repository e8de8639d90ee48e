package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.Texts;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * File > Open ledger on a server… and File > New ledger on a server…: the server's URL,
 * {@code jdbc:postgresql://HOST:PORT/DATABASE?user=NAME}, checked at the field as it is typed (the
 * sentence under it, without connecting); OK does not close on a URL that is no address. The
 * password is not typed here: {@link PasswordDialog} asks for it next when the URL gives none, so it
 * never stands in a text field anyone can read over the clerk's shoulder. The result is the URL.
 */
public final class ServerLedgerDialog extends Dialog<String> {

    private final TextField field = new TextField();
    private final Label sentence = new Label();
    private boolean told;

    /** {@code create}: the new-ledger form (an empty database); {@code initial}: the URL to start from, or null. */
    public ServerLedgerDialog(boolean create, String initial) {
        Texts texts = texts();
        setTitle(texts.get(create ? "server.new.title" : "server.open.title"));
        setHeaderText(texts.get(create ? "server.new.header" : "server.open.header"));
        Label caption = new Label(texts.get("server.url"));
        caption.setMnemonicParsing(true);
        caption.setLabelFor(field);
        field.setId("serverUrlField");
        field.setPrefColumnCount(40);
        field.setPromptText("jdbc:postgresql://HOST:PORT/DATABASE?user=NAME");
        field.setText(initial == null ? "" : initial);
        sentence.setId("serverUrlSentence");
        sentence.setWrapText(true);
        sentence.setMaxWidth(480);
        Label hint = new Label(texts.get("server.url.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        getDialogPane().setContent(new VBox(4, caption, field, sentence, hint));
        getDialogPane().getStylesheets().add(ServerLedgerDialog.class.getResource("shell.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        field.textProperty().addListener((o, was, now) -> {
            told = true;
            tell();
        });
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            told = true;
            if (tell() != null) {
                event.consume();
                field.requestFocus();
            }
        });
        tell();
        setOnShown(event -> Platform.runLater(field::requestFocus));
        setResultConverter(button -> button == ButtonType.OK ? field.getText().strip() : null);
    }

    static Texts texts() {
        return Texts.of("i18n.shell");
    }

    /** The sentence for the URL as it stands (null when it is an address), shown once the user typed or pressed OK. */
    private String tell() {
        String refusal = refusal(field.getText());
        sentence.setText(told && refusal != null ? refusal : "");
        sentence.getStyleClass().setAll("label", "field-error");
        return refusal;
    }

    /** Why {@code url} is no server's address, or null when it is one; a path or blank text is told apart. */
    static String refusal(String url) {
        if (url == null || url.isBlank()) {
            return texts().get("server.url.required");
        }
        if (!Services.isServerUrl(url.strip())) {
            return texts().get("server.url.notServer");
        }
        try {
            Services.serverName(url.strip());
            return null;
        } catch (UserException e) {
            return e.getMessage();
        }
    }
}
