package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.ScreenFactory;

/**
 * How a screen opens another one, through the main window: by its entry (the Overview's bars), or by
 * its entry with a screen built for the occasion (Customers' Reimburse…: the Reimbursement dialog with
 * the selection set to one account). The hand-over travels in the {@link ScreenFactory}, so screens
 * and the shell need no argument type of their own; the entry keeps the navigation tree and the
 * window's remembered layout as when the user opens it.
 */
@FunctionalInterface
public interface Navigator {

    void open(NavItem item);

    /** Opens {@code item}'s entry showing the screen {@code screen} builds; without a main window, the entry's own screen. */
    default void open(NavItem item, ScreenFactory screen) {
        open(item);
    }
}
