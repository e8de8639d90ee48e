package dk.reimbursementdesk.ui;

import dk.reimbursementdesk.ui.common.UnsavedChanges;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;

/**
 * A screen shown in the main window's content area. The window's keyboard shortcuts reach the screen
 * showing through three hooks, each a no-op unless the screen has something to do: {@link #print()}
 * (Ctrl+P), {@link #focusFilter()} (Ctrl+F) and {@link #refresh()} (F5). A screen says what its filter
 * is and how it reads itself again; the shell never looks inside a screen for them.
 */
public interface Screen {

    Parent root();

    /** Called when the user leaves the screen: remove listeners on long-lived objects, cancel tasks. */
    default void close() {
    }

    /**
     * Asked by the main window before the user leaves the screen (another screen, another ledger,
     * another language, Exit): runs {@code proceed} when he may go. A screen with a form asks Save /
     * Discard / Cancel while it has unsaved changes ({@link UnsavedChanges}) and runs it only after a
     * save that succeeded or a discard, never after Cancel. {@link #close()} follows when he went.
     */
    default void leave(Runnable proceed) {
        proceed.run();
    }

    /** Prints the screen's current report (File > Print, Ctrl+P); false when the screen has none to print now. */
    default boolean print() {
        return false;
    }

    /** Puts the keyboard in the screen's filter field, its text selected (View > Filter, Ctrl+F); false when it has none. */
    default boolean focusFilter() {
        return false;
    }

    /** Reads what the screen shows again from the ledger (View > Refresh, F5); false when it has nothing to read again. */
    default boolean refresh() {
        return false;
    }

    /**
     * Narrows the list to {@code filter} and reads it again, when another screen opened this one for
     * it (an Overview bar); false when the screen has no such filter.
     */
    default boolean showOnly(ListFilter filter) {
        return false;
    }

    /** A screen over a loaded root whose leaving runs {@code onClose}. */
    static Basic of(Parent root, Runnable onClose, BooleanSupplier onPrint) {
        return new Basic(root, onClose, onPrint, Runnable::run, null, null, null);
    }

    /** A screen with a form over a loaded root: leaving it asks while {@code changes} has unsaved changes. */
    static Basic editing(Parent root, UnsavedChanges changes, Runnable onClose) {
        return new Basic(root, onClose, () -> false, changes::leave, null, null, null);
    }

    static Basic of(Parent root, Runnable onClose) {
        return new Basic(root, onClose, () -> false, Runnable::run, null, null, null);
    }

    /** A screen made of its parts; {@link #filter} and {@link #refreshing} add the keyboard's hooks. */
    record Basic(Parent root, Runnable onClose, BooleanSupplier onPrint, Consumer<Runnable> onLeave,
            TextInputControl filterField, Runnable onRefresh, Consumer<ListFilter> onShowOnly) implements Screen {

        /** The same screen with {@code field} as its filter, for Ctrl+F. */
        public Basic filter(TextInputControl field) {
            return new Basic(root, onClose, onPrint, onLeave, field, onRefresh, onShowOnly);
        }

        /** The same screen read again by {@code action}, for F5. */
        public Basic refreshing(Runnable action) {
            return new Basic(root, onClose, onPrint, onLeave, filterField, action, onShowOnly);
        }

        /** The same screen narrowed by {@code action} when another screen opens it for a filter. */
        public Basic showingOnly(Consumer<ListFilter> action) {
            return new Basic(root, onClose, onPrint, onLeave, filterField, onRefresh, action);
        }

        @Override
        public boolean showOnly(ListFilter filter) {
            if (onShowOnly == null) {
                return false;
            }
            onShowOnly.accept(filter);
            return true;
        }

        @Override
        public void close() {
            onClose.run();
        }

        @Override
        public void leave(Runnable proceed) {
            onLeave.accept(proceed);
        }

        @Override
        public boolean print() {
            return onPrint.getAsBoolean();
        }

        @Override
        public boolean focusFilter() {
            return focus(filterField);
        }

        @Override
        public boolean refresh() {
            if (onRefresh == null) {
                return false;
            }
            onRefresh.run();
            return true;
        }
    }

    /** Focuses {@code field} with its text selected, so typing replaces the filter; false without one. */
    static boolean focus(TextInputControl field) {
        if (field == null || field.isDisabled() || !field.isVisible()) {
            return false;
        }
        field.requestFocus();
        field.selectAll();
        return true;
    }
}
