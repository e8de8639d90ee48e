package dk.reimbursementdesk.ui;

import javafx.scene.Parent;

/** A screen shown in the main window's content area. */
public interface Screen {

    Parent root();

    /** Called when the user leaves the screen: remove listeners on long-lived objects, cancel tasks. */
    default void close() {
    }

    /** Prints the screen's current report (File > Print, Ctrl+P); false when the screen has none to print now. */
    default boolean print() {
        return false;
    }

    /** A screen over a loaded root whose leaving runs {@code onClose}. */
    static Screen of(Parent root, Runnable onClose, java.util.function.BooleanSupplier onPrint) {
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
            public boolean print() {
                return onPrint.getAsBoolean();
            }
        };
    }

    static Screen of(Parent root, Runnable onClose) {
        return new Screen() {
            @Override
            public Parent root() {
                return root;
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }
}
