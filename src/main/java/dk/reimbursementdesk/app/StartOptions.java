package dk.reimbursementdesk.app;

import dk.reimbursementdesk.domain.UserException;
import java.util.List;
import java.util.Optional;

/**
 * The window's own command-line options: {@code --ledger FILE|URL} (a file's path or a PostgreSQL
 * server's {@code jdbc:postgresql://...}, kept as typed), {@code --locale da|en}, {@code --help}.
 * Any other argument makes the whole line a command for the command-line interface, which then gets
 * every argument as typed (so commands can take {@code --ledger} too).
 */
public record StartOptions(Optional<String> ledger, Optional<String> language, boolean help, boolean command) {

    static final String BUNDLE = "i18n.shell";
    static final List<String> LANGUAGES = List.of("da", "en");

    /** Reads {@code args}; a malformed window option (missing value, unknown language) is refused with a sentence. */
    public static StartOptions parse(List<String> args) {
        if (isCommand(args)) {
            return new StartOptions(Optional.empty(), Optional.empty(), args.contains("--help"), true);
        }
        Optional<String> ledger = Optional.empty();
        Optional<String> language = Optional.empty();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--ledger") || arg.startsWith("--ledger=")) {
                String value = valueOf(args, i, "--ledger");
                i += arg.contains("=") ? 0 : 1;
                ledger = Optional.of(value);
            } else { // --locale or --locale=: isCommand let nothing else through
                String value = valueOf(args, i, "--locale");
                i += arg.contains("=") ? 0 : 1;
                if (!LANGUAGES.contains(value)) {
                    throw UserException.in(BUNDLE, "args.localeUnknown", value);
                }
                language = Optional.of(value);
            }
        }
        return new StartOptions(ledger, language, help, false);
    }

    private static boolean isCommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--ledger") || arg.equals("--locale")) {
                i++;
            } else if (!(arg.equals("--help") || arg.equals("-h") || arg.startsWith("--ledger=") || arg.startsWith("--locale="))) {
                return true;
            }
        }
        return false;
    }

    private static String valueOf(List<String> args, int index, String option) {
        String arg = args.get(index);
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                : index + 1 < args.size() ? args.get(index + 1) : "";
        if (value.isBlank()) {
            throw UserException.in(BUNDLE, "args.valueMissing", option);
        }
        return value;
    }
}
