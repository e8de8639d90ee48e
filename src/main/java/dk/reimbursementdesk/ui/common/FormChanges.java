package dk.reimbursementdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Whether a form's fields differ from what was last loaded or saved: the view model names the fields
 * the user edits and calls {@link #markSaved()} whenever it fills them itself (a row shown, a save
 * done, an empty form), so only the user's own typing counts as a change. Text compares as typed,
 * an empty field the same as none.
 */
public final class FormChanges {

    private final List<ObservableValue<?>> fields;
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private List<Object> saved;

    public FormChanges(ObservableValue<?>... fields) {
        this.fields = List.of(fields);
        this.saved = values();
        for (ObservableValue<?> field : this.fields) {
            field.addListener((o, was, now) -> changed.set(!values().equals(saved)));
        }
    }

    /** What the fields hold now is what the ledger holds: no change from here. */
    public void markSaved() {
        saved = values();
        changed.set(false);
    }

    public boolean changed() {
        return changed.get();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    private List<Object> values() {
        List<Object> values = new ArrayList<>(fields.size());
        for (ObservableValue<?> field : fields) {
            Object value = field.getValue();
            values.add(value instanceof String text && text.isEmpty() ? null : value);
        }
        return values;
    }

    @Override
    public String toString() {
        return "FormChanges" + (changed.get() ? " (changed)" : "") + Objects.toString(saved);
    }
}
