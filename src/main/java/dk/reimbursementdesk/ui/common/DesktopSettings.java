package dk.reimbursementdesk.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop habits a user keeps between starts (the window's place and size, each table's columns,
 * each split pane's divider, the theme), as a small properties file in the user's config folder:
 * {@code $XDG_CONFIG_HOME/reimbursement-desk/desktop.properties}, else
 * {@code ~/.config/reimbursement-desk/desktop.properties}; on Windows
 * {@code %APPDATA%\reimbursement-desk\desktop.properties}. A file rather than java.util.prefs, so a
 * test points it at its own temporary folder and a user can read, copy or delete it.
 *
 * <p>A file that cannot be read or written costs the remembered layout, never the program: it is
 * logged and the defaults are used.
 */
public final class DesktopSettings {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopSettings.class);
    /** The file's name in the user's config folder (app finds the folder). */
    public static final String FILE = "desktop.properties";

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private DesktopSettings(Path file) {
        this.file = file;
    }

    /** The settings kept in {@code file} (read now if it exists, written by {@link #save()}). */
    public static DesktopSettings at(Path file) {
        DesktopSettings settings = new DesktopSettings(file);
        if (Files.isRegularFile(file)) {
            Properties read = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read.load(in);
                read.forEach((key, value) -> settings.values.put(key.toString(), value.toString()));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read the desktop settings {}; using the defaults", file, e);
            }
        }
        return settings;
    }

    /** Held in memory only: for tests that must not touch the user's real settings. */
    public static DesktopSettings inMemory() {
        return new DesktopSettings(null);
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public synchronized boolean getBoolean(String key, boolean otherwise) {
        return get(key).map(Boolean::parseBoolean).orElse(otherwise);
    }

    /** A number kept under {@code key}; empty when absent or not a finite number (a hand-edited file). */
    public synchronized Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::valueOf).filter(value -> Double.isFinite(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void put(String key, String value) {
        values.put(key, value);
    }

    public synchronized void remove(String key) {
        values.remove(key);
    }

    /** Writes the settings whole (a temporary file moved into place), so a crash never leaves half a file. */
    public synchronized void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write("# Reimbursement Desk: the window, tables and theme as you left them. Delete this file to start afresh.\n");
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    out.write(escape(entry.getKey()) + "=" + escape(entry.getValue()) + "\n");
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write the desktop settings {}", file, e);
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '=', ':', '#', '!' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
