package dk.reimbursementdesk.ui;

import dk.reimbursementdesk.ui.common.UnsavedChanges;
import javafx.scene.Parent;

/** A screen shown in the main window's content area. */
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

    /** A screen over a loaded root whose leaving runs {@code onClose}. */
    static Screen of(Parent root, Runnable onClose, java.util.function.BooleanSupplier onPrint) {
        return of(root, onClose, onPrint, Runnable::run);
    }

    /** A screen with a form over a loaded root: leaving it asks while {@code changes} has unsaved changes. */
    static Screen editing(Parent root, UnsavedChanges changes, Runnable onClose) {
        return of(root, onClose, () -> false, changes::leave);
    }

    static Screen of(Parent root, Runnable onClose) {
        return of(root, onClose, () -> false, Runnable::run);
    }

    private static Screen of(Parent root, Runnable onClose, java.util.function.BooleanSupplier onPrint,
            java.util.function.Consumer<Runnable> onLeave) {
        return new Screen() {
            @Override
            public Parent root() {
                return root;
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
        };
    }
}
