package dk.reimbursementdesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * Everything a screen asks the user in a window of its own. An interface so that view models and views
 * are tested without windows (a test answers the questions); {@link FxDialogService} is the real one.
 */
public interface DialogService {

    /** Tells a refusal or failure as the sentence it is (see {@link Failures#sentence(Throwable)}). */
    void showError(String sentence);

    /** Shows a result that needs reading, e.g. the findings of the ledger check. */
    void showInformation(String title, String text);

    /** Asks an OK/Cancel question; true when the user confirms. */
    boolean confirm(String question);

    /**
     * Asks a question whose answers are named for what they do; {@code no} is the default button, so
     * Enter does not act by accident. True when the user chooses {@code yes}.
     */
    boolean confirm(String title, String header, String question, String yes, String no);

    /**
     * Asks what to do with unsaved changes before the user leaves a form: three answers named for what
     * they do; {@code save} is the default button, and Escape or closing the window means {@code cancel}.
     */
    default SaveChoice askToSave(String title, String header, String question, String save, String discard, String cancel) {
        // A service that only knows two answers offers Save or Cancel: no edit is ever dropped unasked.
        return confirm(title, header, question, save, cancel) ? SaveChoice.SAVE : SaveChoice.CANCEL;
    }

    /** Lets the user pick an existing file of one of the types in {@code filters} (the first is chosen). */
    Optional<Path> chooseFileToOpen(String title, List<ExtensionFilter> filters);

    /** Lets the user name a file to write, {@code suggestedName} filled in. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, List<ExtensionFilter> filters);

    /** Shows a dialog a screen built (a small form), owned by the window; its result, empty when cancelled. */
    <R> Optional<R> showCustomDialog(Dialog<R> dialog);
}
