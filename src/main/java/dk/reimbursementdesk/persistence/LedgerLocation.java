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
        return userFolder(environment, osName, home, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(FILE);
    }

    /**
     * The user's settings folder for the program (the window's remembered layout):
     * {@code $XDG_CONFIG_HOME/reimbursement-desk}, else {@code ~/.config/reimbursement-desk}; on
     * Windows {@code %APPDATA%\reimbursement-desk}, as the ledger.
     */
    public static Path configFolder() {
        return configFolder(System::getenv, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public static Path configFolder(Function<String, String> environment, String osName, Path home) {
        return userFolder(environment, osName, home, "XDG_CONFIG_HOME", home.resolve(".config"));
    }

    private static Path userFolder(Function<String, String> environment, String osName, Path home, String xdgVariable, Path xdgDefault) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            Path base = present(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(FOLDER);
        }
        String xdg = environment.apply(xdgVariable);
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : xdgDefault;
        return base.resolve(FOLDER);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
