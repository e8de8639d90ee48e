package dk.reimbursementdesk.ui.shell;

/** The headings of the navigation tree; {@code key} names the label in i18n/shell. */
public enum NavGroup {
    START("nav.start"),
    RECEIVABLE("nav.receivable"),
    PAYABLE("nav.payable"),
    GENERAL_LEDGER("nav.generalLedger"),
    INTERCHANGE("nav.interchange"),
    TOOLS("nav.tools");

    private final String key;

    NavGroup(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
