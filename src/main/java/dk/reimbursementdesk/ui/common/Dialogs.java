package dk.reimbursementdesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a view model asks the user in a window of its own. An interface so that view models are
 * tested without windows (a test records the calls); {@link FxDialogs} is the real one.
 */
public interface Dialogs {

    /** Tells a refusal or failure as the sentence it is (a UserException's message, for instance). */
    void showError(String sentence);

    /** Shows a result that needs reading, e.g. the findings of the ledger check. */
    void showInformation(String title, String text);

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String question);

    /** Lets the user pick an existing file; {@code extension} like "db" filters the list, null shows all. */
    Optional<Path> chooseFileToOpen(String title, String extension);

    /** Lets the user name a new file; {@code extension} like "db" is the suggested type. */
    Optional<Path> chooseFileToSave(String title, String extension, String suggestedName);
}
