package dk.reimbursementdesk.ui.backup;

import dk.reimbursementdesk.service.backup.BackupService.Backup;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * File > Backups…: the open ledger's backups (when, why, how big), newest first, and what the clerk
 * may do with them: restore the chosen one, or back up now. The dialog only chooses; the main window
 * asks for confirmation, does the work off the FX thread and reopens the ledger after a restore.
 */
public final class BackupsDialog extends Dialog<BackupsDialog.Choice> {

    /** What the clerk chose; the dialog closed without a choice gives no result. */
    public sealed interface Choice permits Restore, BackUpNow {
    }

    /** Restore the ledger from {@code backup}. */
    public record Restore(Path backup) implements Choice {
    }

    /** Write a backup of the ledger as it is now. */
    public record BackUpNow() implements Choice {
    }

    /** Shown through {@code DialogService.showCustomDialog}, which gives it its owner. */
    public BackupsDialog(Path folder, List<Backup> backups) {
        Texts texts = texts();
        BackupsView view = new BackupsView(folder, backups);
        setTitle(texts.get("backups.title"));
        setHeaderText(texts.get("backups.header"));
        setResizable(true);
        getDialogPane().setContent(Fxml.load(BackupsDialog.class, "Backups.fxml", texts.bundle(), view));
        ButtonType restore = new ButtonType(texts.get("backups.restore"), ButtonData.OK_DONE);
        ButtonType backUpNow = new ButtonType(texts.get("backups.backUpNow"), ButtonData.LEFT);
        ButtonType close = new ButtonType(texts.get("backups.close"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(backUpNow, restore, close);
        Node restoreButton = getDialogPane().lookupButton(restore);
        restoreButton.setId("restoreButton");
        restoreButton.disableProperty().bind(view.chosenProperty().isNull());
        getDialogPane().lookupButton(backUpNow).setId("backUpNowButton");
        setResultConverter(button -> {
            if (button == restore && view.chosenProperty().get() != null) {
                return new Restore(view.chosenProperty().get().path());
            }
            return button == backUpNow ? new BackUpNow() : null;
        });
    }

    /** The texts of the backup dialogs and their outcomes, in the current language. */
    public static Texts texts() {
        return Texts.of("i18n.backup");
    }
}
