package dk.reimbursementdesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog that opens at the size it is made for, smaller only where the screen is: the help dialogs
 * were set to a size in their pane but opened narrower (seen under Xvfb at 1200 x 760 and 1400 x 900),
 * since the window takes its size from the pane's layout before the content's styles are applied.
 * The window's own size is set once it shows, kept on the owner's screen and centred on the owner.
 */
public final class DialogSize {

    private DialogSize() {
    }

    /** Opens {@code dialog} at {@code width} x {@code height} pixels, or as much of it as the screen holds. */
    public static void openAt(Dialog<?> dialog, double width, double height) {
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> {
            Window owner = dialog.getOwner();
            Rectangle2D ownerBounds = owner == null ? null : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            Rectangle2D screen = (ownerBounds == null ? Screen.getPrimary()
                    : Screen.getScreensForRectangle(ownerBounds).stream().findFirst().orElse(Screen.getPrimary())).getVisualBounds();
            Rectangle2D bounds = bounds(screen, ownerBounds, width, height);
            dialog.setWidth(bounds.getWidth());
            dialog.setHeight(bounds.getHeight());
            dialog.setX(bounds.getMinX());
            dialog.setY(bounds.getMinY());
        });
    }

    /**
     * Where a window of {@code width} x {@code height} goes: no larger than {@code screen}, centred on
     * {@code owner} (on the screen when there is none), moved back onto the screen where it would hang off.
     */
    static Rectangle2D bounds(Rectangle2D screen, Rectangle2D owner, double width, double height) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        Rectangle2D around = owner == null ? screen : owner;
        double x = clamp(around.getMinX() + (around.getWidth() - w) / 2, screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(around.getMinY() + (around.getHeight() - h) / 2, screen.getMinY(), screen.getMaxY() - h);
        return new Rectangle2D(x, y, w, h);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
