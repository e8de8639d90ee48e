package dk.reimbursementdesk.service.interchange;

import java.util.Locale;

/** What an import file holds; the command line names them in lower case. */
public enum ImportKind {
    CUSTOMERS, VENDORS, TRANSACTIONS, RATES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
