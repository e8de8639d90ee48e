package dk.reimbursementdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command has: {@code --help}, the global options of {@link DeskCommand}, and the output
 * streams. Results go to {@link #out()}; refusals are thrown as {@code UserException} and printed on
 * standard error by {@link DeskCommandLine}, never here.
 */
public abstract class DeskSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DeskCommand desk;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    protected DeskCommand desk() {
        return desk;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A sentence from the command line's bundle ({@code i18n/cli.properties}). */
    protected static String text(String key, Object... arguments) {
        return CliText.text(key, arguments);
    }

    /** A usage error (exit 2) with this command's usage, for arguments picocli cannot check itself. */
    protected picocli.CommandLine.ParameterException usageError(String key, Object... arguments) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), text(key, arguments));
    }
}
