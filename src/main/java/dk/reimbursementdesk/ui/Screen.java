package dk.reimbursementdesk.ui;

import javafx.scene.Parent;

/** A screen shown in the main window's content area. */
public interface Screen {

    Parent root();

    /** Called when the user leaves the screen: remove listeners on long-lived objects, cancel tasks. */
    default void close() {
    }

    /** A screen over a loaded root whose leaving runs {@code onClose}. */
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
