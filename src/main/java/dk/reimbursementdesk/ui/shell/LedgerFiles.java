package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import javafx.stage.FileChooser.ExtensionFilter;

/** The file types offered where the user opens or creates a ledger: ledger files first, then any file. */
public final class LedgerFiles {

    private LedgerFiles() {
    }

    public static List<ExtensionFilter> filters() {
        Texts texts = Texts.of("i18n.shell");
        return List.of(new ExtensionFilter(texts.format("dialog.files.of", "db"), "*.db"),
                new ExtensionFilter(texts.get("dialog.files.all"), "*"));
    }
}
