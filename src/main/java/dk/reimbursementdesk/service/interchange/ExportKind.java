package dk.reimbursementdesk.service.interchange;

import java.util.Locale;

/** What an export file holds; the command line names them in lower case. */
public enum ExportKind {
    CUSTOMERS, VENDORS, TRANSACTIONS, RATES, BALANCES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
