package dk.reimbursementdesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * A {@link DialogService} without windows: records what was shown and answers from what the test
 * queued (no queued answer: the user cancels, or says no).
 */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final Deque<Object> dialogResults = new ArrayDeque<>();
    private Function<String, Path> saveAs = suggestedName -> null;

    /** The next confirmation is answered with {@code answer}. */
    public RecordingDialogService confirmWith(boolean answer) {
        confirmations.add(answer);
        return this;
    }

    /** The next "Save your changes?" is answered with {@code choice}. */
    public RecordingDialogService answerSave(SaveChoice choice) {
        saveChoices.add(choice);
        return this;
    }

    /** The next file chooser, open or save, answers {@code file}. */
    public RecordingDialogService chooseFile(Path file) {
        files.add(file);
        return this;
    }

    /** Every save chooser without a queued file answers the file {@code bySuggestedName} makes of the suggested name. */
    public RecordingDialogService saveAs(Function<String, Path> bySuggestedName) {
        saveAs = bySuggestedName;
        return this;
    }

    /** The next custom dialog is closed with {@code result}. */
    public RecordingDialogService answerDialog(Object result) {
        dialogResults.add(result);
        return this;
    }

    @Override
    public void showError(String sentence) {
        errors.add(sentence);
    }

    @Override
    public void showInformation(String title, String text) {
        information.add(text);
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public boolean confirm(String title, String header, String question, String yes, String no) {
        return confirm(question);
    }

    @Override
    public SaveChoice askToSave(String title, String header, String question, String save, String discard, String cancel) {
        questions.add(question);
        SaveChoice choice = saveChoices.poll();
        return choice == null ? SaveChoice.CANCEL : choice;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<ExtensionFilter> filters) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<ExtensionFilter> filters) {
        Path queued = files.poll();
        return Optional.ofNullable(queued != null ? queued : saveAs.apply(suggestedName));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> Optional<R> showCustomDialog(Dialog<R> dialog) {
        return Optional.ofNullable((R) dialogResults.poll());
    }
}
