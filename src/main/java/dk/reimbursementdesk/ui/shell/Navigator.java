package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.ListFilter;
import dk.reimbursementdesk.ui.ScreenFactory;

/**
 * How a screen opens another one, through the main window: by its entry, its list narrowed by a
 * {@link ListFilter} (the Overview's bars), or by its entry with a screen built for the occasion
 * (Customers' Reimburse…: the Reimbursement dialog with the selection set to one account). That
 * hand-over travels in the {@link ScreenFactory}, so screens and the shell need no argument type of
 * their own; the entry keeps the navigation tree, the remembered layout and the audit log's screen
 * name as when the user opens it.
 */
@FunctionalInterface
public interface Navigator {

    /** Opens {@code item}'s entry; a filter other than {@link ListFilter#NONE} narrows its list. */
    void open(NavItem item, ListFilter filter);

    /** Opens {@code item}'s entry showing the screen {@code screen} builds; without a main window, the entry's own screen. */
    default void open(NavItem item, ScreenFactory screen) {
        open(item, ListFilter.NONE);
    }
}
