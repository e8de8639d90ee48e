package dk.reimbursementdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the ledger lives when {@code --ledger} is not given: the user's data folder as each platform
 * defines it ({@code $XDG_DATA_HOME}, else {@code ~/.local/share}; {@code %APPDATA%} on Windows).
 */
public final class DefaultLedgerLocation {

    static final String FOLDER = "reimbursement-desk";
    static final String FILE = "ledger.db";

    private DefaultLedgerLocation() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Map<String, String> environment, String osName, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve(FOLDER).resolve(FILE);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve(FOLDER).resolve(FILE);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
