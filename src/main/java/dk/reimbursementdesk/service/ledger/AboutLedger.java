package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What Help > About tells: this build's version and the schema version of the open ledger, the two
 * numbers support asks for first (a ledger written by a newer build has a newer schema).
 */
public final class AboutLedger {

    private static final String VERSION = readVersion();

    private final Ledger ledger;

    public AboutLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The program's version as Maven built it, e.g. "0.1.0-SNAPSHOT". */
    public static String programVersion() {
        return VERSION;
    }

    /** The newest migration applied to the ledger, e.g. "12"; "?" when the file has no schema history. */
    public String schemaVersion() {
        return ledger.inTransaction(work -> new LedgerStore(work).schemaVersion().orElse("?"));
    }

    private static String readVersion() {
        // version.properties is the one resource Maven filters: it carries ${project.version}.
        try (InputStream in = AboutLedger.class.getResourceAsStream("/version.properties")) {
            if (in == null) {
                return "?";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
