package dk.reimbursementdesk.ui.common;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SelectionModel;

/**
 * The one way a form keeps its unsaved changes: before the user leaves it (another row of its list,
 * another screen, another ledger, another language, Exit) it asks Save / Discard / Cancel through the
 * {@link DialogService}, and only a save that succeeded or a discard lets him go. A save refused at
 * once (a field is wrong) keeps him where he is, the sentences at the fields; a save the service
 * refuses later keeps him there too, its sentence in the form's message. Cancel keeps the form, its
 * changes and the row chosen before.
 */
public final class UnsavedChanges {

    /** Starts the form's save (or post); runs {@code whenSaved} once it is written. */
    @FunctionalInterface
    public interface Saving {
        /** False when refused at once, before anything was written: the form has shown why at its fields. */
        boolean save(Runnable whenSaved);
    }

    private final DialogService dialogs;
    private final ObservableBooleanValue changed;
    private final String saveLabel;
    private final Saving saving;
    private final Texts texts = Texts.of("i18n.common");

    /** {@code saveKey} names the form's own button in i18n/common ({@code unsaved.save}, {@code unsaved.post}). */
    public UnsavedChanges(DialogService dialogs, ObservableBooleanValue changed, String saveKey, Saving saving) {
        this.dialogs = dialogs;
        this.changed = changed;
        this.saveLabel = texts.get(saveKey);
        this.saving = saving;
    }

    /**
     * For a form whose fields show their sentences through {@code validation}: a save refused at once
     * shows every field's sentence, touched or not, so the user sees why he is kept there.
     */
    public static UnsavedChanges ofForm(DialogService dialogs, ObservableBooleanValue changed, String saveKey,
            Saving saving, FormValidation validation) {
        return new UnsavedChanges(dialogs, changed, saveKey, whenSaved -> {
            if (saving.save(whenSaved)) {
                return true;
            }
            validation.revealAll();
            return false;
        });
    }

    public boolean changed() {
        return changed.get();
    }

    /** Runs {@code proceed} when the user may leave: nothing changed, the changes saved, or discarded. */
    public void leave(Runnable proceed) {
        switch (ask()) {
            case SAVE -> saving.save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }

    /**
     * Guards the choice of another row in {@code selection}: with unsaved changes the user is asked
     * first, and the row chosen before stays chosen until he saved or discarded; {@code show} puts a
     * row in the form. A selection emptied by the list itself (a refresh) is passed on without asking.
     */
    public <T> void guard(SelectionModel<T> selection, Consumer<T> show) {
        boolean[] reverting = {false};
        selection.selectedItemProperty().addListener((o, was, now) -> {
            if (reverting[0]) {
                return;
            }
            if (now == null) {
                show.accept(null);
                return;
            }
            SaveChoice choice = ask();
            if (choice == SaveChoice.DISCARD) {
                show.accept(now);
                return;
            }
            // The selection model is still changing: put the row before back once it is done, then save.
            Platform.runLater(() -> {
                reverting[0] = true;
                try {
                    if (was == null) {
                        selection.clearSelection();
                    } else {
                        selection.select(was);
                    }
                } finally {
                    reverting[0] = false;
                }
                if (choice == SaveChoice.SAVE) {
                    saving.save(() -> selection.select(now));
                }
            });
        });
    }

    private SaveChoice ask() {
        if (!changed.get()) {
            return SaveChoice.DISCARD;
        }
        return dialogs.askToSave(texts.get("unsaved.title"), texts.get("unsaved.header"), texts.get("unsaved.question"),
                saveLabel, texts.get("unsaved.discard"), texts.get("unsaved.cancel"));
    }
}
