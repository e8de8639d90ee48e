package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: the global options every command shares. Run without a command it is a usage error. */
@Command(name = "reimbursement-desk",
        description = "Reimburses customers' credit balances through accounts payable, on a local SQLite ledger.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Exit codes: 0 success, 1 refused (the reason on standard error, nothing written), 2 usage error."})
public final class DeskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    // Inherited, so "check --ledger FILE" works as well as "--ledger FILE check".
    @Option(names = "--ledger", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The ledger file (default: ${DEFAULT-VALUE}).")
    Path ledger = Services.defaultLedger();

    @Option(names = "--locale", paramLabel = "da|en", converter = LocaleConverter.class, scope = ScopeType.INHERIT,
            description = "The language of messages: da or en (default: the system's).")
    Locale locale;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), CliText.text("cli.missingCommand"));
    }

    public Path ledgerFile() {
        return ledger;
    }
}
