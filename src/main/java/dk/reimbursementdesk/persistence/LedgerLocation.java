package dk.reimbursementdesk.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the default ledger lives: {@code $XDG_DATA_HOME/reimbursement-desk/ledger.db}, else
 * {@code ~/.local/share/reimbursement-desk/ledger.db}; on Windows {@code %APPDATA%\reimbursement-desk\ledger.db}.
 * The environment is a function so tests can state it.
 */
public final class LedgerLocation {

    static final String FOLDER = "reimbursement-desk";
    static final String FILE = "ledger.db";

    private LedgerLocation() {
    }

    public static Path defaultLedger() {
        return defaultLedger(System::getenv, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public static Path defaultLedger(Function<String, String> environment, String osName, Path home) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            Path base = present(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(FOLDER).resolve(FILE);
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(FOLDER).resolve(FILE);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
