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
@Command(name = "reimbursement-desk", synopsisSubcommandLabel = "COMMAND")
public final class DeskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    // Inherited, so "check --ledger FILE" works as well as "--ledger FILE check". Text, not a Path: a
    // PostgreSQL server's jdbc:postgresql://HOST:PORT/DATABASE is a ledger too (issue 15).
    @Option(names = "--ledger", paramLabel = "FILE|URL", scope = ScopeType.INHERIT, descriptionKey = "ledger")
    String ledger = Services.defaultLedger().toString();

    // Read ahead of parsing by DeskCommandLine, which sets the language; declared here so that picocli
    // accepts it after any command, refuses a language we lack, and lists it in the help.
    @Option(names = "--locale", paramLabel = "da|en", converter = LocaleConverter.class, scope = ScopeType.INHERIT,
            descriptionKey = "locale")
    Locale locale;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), CliText.text("cli.missingCommand"));
    }

    /** What {@code --ledger} names: a file's path or a server's URL, for {@code Services.open(String)}. */
    public String ledger() {
        return ledger;
    }

    /** The ledger file, for what works on a file only; a server's URL is refused with {@code server.fileOnly}. */
    public Path ledgerFile() {
        return Services.fileOnly(ledger);
    }
}
