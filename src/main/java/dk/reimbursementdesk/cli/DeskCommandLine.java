package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.domain.UserException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The command line: {@code [--ledger FILE] [--locale da|en] COMMAND [options]}. Results go to
 * {@code out}; refusals to {@code err}, one sentence a line. Exit codes: 0 success, 1 refused (or a
 * check that found problems), 2 usage error. Never calls {@code System.exit}: the launcher does that
 * with the returned code, and tests call this in-process.
 */
public final class DeskCommandLine {

    private static final Logger LOG = LoggerFactory.getLogger(DeskCommandLine.class);

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
            ReimburseCommand::new,
            ReverseCommand::new,
            PayCommand::new,
            DemoCommand::new);

    private DeskCommandLine() {
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Locale before = Locale.getDefault();
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            DeskCommand desk = new DeskCommand();
            CommandLine commandLine = build(desk);
            commandLine.setOut(outWriter);
            commandLine.setErr(errWriter);
            commandLine.setExecutionStrategy(parseResult -> {
                // Set before any command runs, and left set until execute returns, so that refusals
                // printed by the exception handler come out in the chosen language too.
                if (desk.locale != null) {
                    Locale.setDefault(desk.locale);
                }
                return new CommandLine.RunLast().execute(parseResult);
            });
            commandLine.setExecutionExceptionHandler(DeskCommandLine::refusal);
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
            Locale.setDefault(before);
        }
    }

    private static CommandLine build(DeskCommand desk) {
        CommandLine commandLine = new CommandLine(desk);
        for (Supplier<Object> command : COMMANDS) {
            commandLine.addSubcommand(command.get());
        }
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        return commandLine;
    }

    static int refusal(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        UserException refusal = userException(exception);
        if (refusal != null) {
            err.println(refusal.getMessage());
        } else {
            // The details go to the log (debug level) for whoever investigates; the user gets one sentence.
            LOG.debug("Command failed", exception);
            err.println(CliText.text("cli.unexpected", exception.getClass().getSimpleName(),
                    String.valueOf(exception.getMessage())));
        }
        err.flush();
        return 1;
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
