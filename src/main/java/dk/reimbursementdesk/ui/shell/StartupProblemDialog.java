package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

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
        // Wrapped as every dialog's sentence: a max width alone left its preferred width the whole
        // sentence on one line, and a server's refusal made the dialog as wide as the 1200 px screen.
        alert.getDialogPane().setContent(FxDialogService.sentence(sentence));
        ButtonType answer = dialogs.showCustomDialog(alert).orElse(exit);
        return answer == open ? Choice.OPEN : answer == server ? Choice.SERVER : answer == create ? Choice.NEW : Choice.EXIT;
    }
}
