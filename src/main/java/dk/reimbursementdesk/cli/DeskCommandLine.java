package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.audit.AuditOrigin;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line: {@code [--ledger FILE] [--locale da|en] COMMAND [options]}. Results go to
 * {@code out}; refusals to {@code err}, one sentence a line. Exit codes: 0 success, 1 refused (or a
 * check that found problems), 2 usage error. Never calls {@code System.exit}: the launcher does that
 * with the returned code, and tests call this in-process.
 */
public final class DeskCommandLine {

    private static final Logger LOG = LoggerFactory.getLogger(DeskCommandLine.class);
    private static final int MESSAGE_LENGTH = 200;

    /**
     * Every command. A new one is a class extending {@link LedgerCommand} (or {@link DeskSubcommand}
     * when it needs no open ledger) annotated with {@code @Command(name = ...)}, plus one line here.
     */
    static final List<Supplier<Object>> COMMANDS = List.of(
            InitCommand::new,
            ParametersCommand::new,
            ImportCommand::new,
            ExportCommand::new,
            LinkCommand::new,
            UnlinkCommand::new,
            CheckCommand::new,
            RunsCommand::new,
            HoldCommand::new,
            ReleaseCommand::new,
            SelectionsCommand::new,
            SelectionCommand::new,
            ReimburseCommand::new,
            ReverseCommand::new,
            WriteOffCommand::new,
            WriteOffsCommand::new,
            PayCommand::new,
            ImportStatusCommand::new,
            ReportCommand::new,
            DemoCommand::new,
            BackupCommand::new,
            BackupsCommand::new,
            RestoreCommand::new,
            AuditCommand::new);

    private DeskCommandLine() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Locale before = Locale.getDefault();
        // What every audit entry this command appends names as its origin (issue 13).
        String originBefore = AuditOrigin.setStanding(AuditOrigin.command(commandLine(args)));
        // Results are buffered and flushed once at the end: a run prints a line per reimbursement, and
        // flushing each of 100,000 lines cost more than writing them. Refusals go out at once.
        PrintWriter outWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            // Chosen before the line is parsed, and left set until execute returns: the help, the
            // converters' refusals and the usage errors are all written while parsing, before any
            // command runs. Without --locale the caller's default stands (the launcher sets it to the
            // language last chosen in the window, as the window does).
            requestedLocale(args).ifPresent(Locale::setDefault);
            CommandLine commandLine = build(new DeskCommand());
            commandLine.setOut(outWriter);
            commandLine.setErr(errWriter);
            commandLine.setParameterExceptionHandler(UsageErrors::handle);
            commandLine.setExecutionExceptionHandler(DeskCommandLine::refusal);
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
            Locale.setDefault(before);
            AuditOrigin.setStanding(originBefore);
        }
    }

    /**
     * The arguments as typed, an argument with a space or nothing in it quoted, and a password in a
     * server's URL as *** (the line is the audit log's origin, kept for good).
     */
    static String commandLine(String[] args) {
        StringBuilder line = new StringBuilder();
        for (String typed : args) {
            String arg = Services.withoutPassword(typed);
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(arg.isEmpty() || arg.matches("(?s).*[\\s\"'].*") ? '"' + arg.replace("\"", "\\\"") + '"' : arg);
        }
        return line.toString();
    }

    /** The whole command tree, its help in the default locale; package-private for the test that every text is in the bundle. */
    static CommandLine build(DeskCommand desk) {
        CommandLine commandLine = new CommandLine(desk);
        for (Supplier<Object> command : COMMANDS) {
            commandLine.addSubcommand(command.get());
        }
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        NumberConverters.registerOn(commandLine);
        // After the subcommands are added, so that every command reads its help from the bundle.
        commandLine.setResourceBundle(ResourceBundle.getBundle(CliText.BUNDLE, Locale.getDefault(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)));
        return commandLine;
    }

    /**
     * The value of {@code --locale} wherever it stands on the line (it is a global option), read
     * ahead of picocli; a value that is not da or en is left for picocli to refuse as a usage error.
     */
    static Optional<Locale> requestedLocale(String[] args) {
        Optional<Locale> requested = Optional.empty();
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String value = args[i].startsWith("--locale=") ? args[i].substring("--locale=".length())
                    : args[i].equals("--locale") && i + 1 < args.length ? args[++i] : null;
            if (value != null) {
                try {
                    requested = Optional.of(new LocaleConverter().convert(value));
                } catch (TypeConversionException notALanguage) {
                    requested = Optional.empty();
                }
            }
        }
        return requested;
    }

    static int refusal(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        UserException refusal = userException(exception);
        if (refusal != null) {
            err.println(refusal.getMessage());
        } else {
            // The details go to the log (debug level) for whoever investigates; the user gets one sentence
            // naming the exception's class, so a report of it says what failed, and never a stack trace.
            LOG.debug("Command failed", exception);
            String message = firstLine(exception.getMessage());
            err.println(message.isEmpty()
                    ? CliText.text("cli.unexpected.noMessage", exception.getClass().getSimpleName())
                    : CliText.text("cli.unexpected", exception.getClass().getSimpleName(), message));
        }
        err.flush();
        return 1;
    }

    /**
     * The first line of an exception's message, at most {@value #MESSAGE_LENGTH} characters: a
     * library's message may go on for lines (a statement, a cause's trace), and the sentence is one line.
     */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MESSAGE_LENGTH ? line : line.substring(0, MESSAGE_LENGTH) + "…";
    }

    private static UserException userException(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof UserException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
