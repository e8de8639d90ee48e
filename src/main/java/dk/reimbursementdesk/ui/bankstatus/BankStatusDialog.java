package dk.reimbursementdesk.ui.bankstatus;

import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.payment.status.StatusImport;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * What File > Import bank status… did: the summary sentence, then one row per payment
 * the bank's report matched (EndToEndId, status, reason, what it did to the ledger). Only shows; the
 * main window chooses the file and runs the import off the FX thread.
 */
public final class BankStatusDialog extends Dialog<Void> {

    /** Shown through {@code DialogService.showCustomDialog}, which gives it its owner. */
    public BankStatusDialog(StatusImport result) {
        Texts texts = texts();
        setTitle(texts.get("ui.title"));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().setContent(Fxml.load(BankStatusDialog.class, "BankStatus.fxml", texts.bundle(),
                new BankStatusView(BankStatusText.summary(Locale.getDefault(), result), result.lines())));
        getDialogPane().getButtonTypes().setAll(new ButtonType(texts.get("ui.close"), ButtonData.OK_DONE));
    }

    /** The bank status texts in the current language. */
    public static Texts texts() {
        return Texts.of(BankStatusText.BUNDLE);
    }

    /** The file types the chooser offers: status reports (XML) first, then any file. */
    public static List<ExtensionFilter> filters() {
        ResourceBundle shell = Texts.of("i18n.shell").bundle();
        return List.of(new ExtensionFilter(texts().get("ui.filter"), "*.xml"),
                new ExtensionFilter(shell.getString("dialog.files.all"), "*"));
    }

    /** The English name of the window's import, for the audit log: it names screens the same in every language. */
    public static String englishName() {
        return Texts.bundle(BankStatusText.BUNDLE, Locale.ROOT).getString("ui.title");
    }
}
