package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * At start, when the ledger cannot be opened: tells the sentence (which names the file) and offers to
 * open another ledger (a file, or on a server), create a new one, or exit.
 */
public final class StartupProblemDialog {

    public enum Choice { OPEN, SERVER, NEW, EXIT }

    private StartupProblemDialog() {
    }

    public static Choice ask(DialogService dialogs, String sentence) {
        Texts texts = Texts.of("i18n.shell");
        ButtonType open = new ButtonType(texts.get("startup.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType server = new ButtonType(texts.get("startup.server"), ButtonBar.ButtonData.OTHER);
        ButtonType create = new ButtonType(texts.get("startup.new"), ButtonBar.ButtonData.OTHER);
        ButtonType exit = new ButtonType(texts.get("startup.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", open, server, create, exit);
        alert.setTitle(texts.get("startup.title"));
        alert.setHeaderText(texts.get("startup.header"));
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        ButtonType answer = dialogs.showCustomDialog(alert).orElse(exit);
        return answer == open ? Choice.OPEN : answer == server ? Choice.SERVER : answer == create ? Choice.NEW : Choice.EXIT;
    }
}
