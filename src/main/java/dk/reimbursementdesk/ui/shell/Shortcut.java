package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.Texts;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the main window, in the order Help > Keyboard shortcuts lists them: the
 * one place they are defined. {@link MainWindowView} gives the menu items their accelerators from
 * here and builds View's screen entries from the ones with a {@link #screen()}; the rows without
 * {@link #keys()} (Enter, Escape, Alt) are the controls' own keys, listed so the table is complete.
 */
public enum Shortcut {
    NEW_LEDGER("Shortcut+N", "shortcut.newLedger"),
    OPEN_LEDGER("Shortcut+O", "shortcut.openLedger"),
    IMPORT("Shortcut+I", "shortcut.import"),
    EXPORT("Shortcut+E", "shortcut.export"),
    PRINT("Shortcut+P", "shortcut.print"),
    EXIT("Shortcut+Q", "shortcut.exit"),
    OVERVIEW(NavItem.OVERVIEW, "Shortcut+1"),
    CUSTOMERS(NavItem.CUSTOMERS, "Shortcut+2"),
    REIMBURSEMENT(NavItem.REIMBURSEMENT, "Shortcut+3"),
    REIMBURSEMENTS(NavItem.REIMBURSEMENTS, "Shortcut+4"),
    VENDORS(NavItem.VENDORS, "Shortcut+5"),
    VENDOR_PAYMENTS(NavItem.VENDOR_PAYMENTS, "Shortcut+6"),
    VOUCHERS(NavItem.VOUCHERS, "Shortcut+7"),
    TRIAL_BALANCE(NavItem.TRIAL_BALANCE, "Shortcut+8"),
    EXCHANGE_RATES(NavItem.EXCHANGE_RATES, "Shortcut+9"),
    FILTER("Shortcut+F", "shortcut.filter"),
    REFRESH("F5", "shortcut.refresh"),
    USER_GUIDE("F1", "shortcut.guide"),
    SHORTCUTS("Shortcut+Slash", "shortcut.shortcuts"),
    ENTER(null, null, "shortcut.enter"),
    ESCAPE(null, null, "shortcut.escape"),
    MNEMONIC(null, null, "shortcut.mnemonic");

    private final NavItem screen;
    private final String keys;
    private final String key;

    Shortcut(String keys, String key) {
        this(null, keys, key);
    }

    Shortcut(NavItem screen, String keys) {
        this(screen, keys, "shortcut.screen");
    }

    Shortcut(NavItem screen, String keys, String key) {
        this.screen = screen;
        this.keys = keys;
        this.key = key;
    }

    /** The screen the shortcut opens (View's screen entries), or null. */
    public NavItem screen() {
        return screen;
    }

    /** The accelerator, or null for the rows that are the controls' own keys. */
    public KeyCombination keys() {
        return keys == null ? null : KeyCombination.valueOf(keys);
    }

    /** The keys as the user reads them ("Ctrl+F", "F5"; "Enter" from the bundle). */
    public String keysText(Texts texts) {
        return keys == null ? texts.get(key + ".keys") : keys().getDisplayText();
    }

    /** What the shortcut does, in the user's language. */
    public String action(Texts texts) {
        return screen == null ? texts.get(key) : texts.format(key, texts.get(screen.key()));
    }
}
