package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.SavedSelection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code selection save NAME --where CRITERIA} and {@code selection delete NAME}: criteria kept under
 * a name, for {@code reimburse --selection NAME}, {@code pay --selection NAME} and the window's
 * drop-downs. {@code selections} lists them.
 */
@Command(name = "selection", synopsisSubcommandLabel = "save|delete",
        subcommands = {SelectionCommand.Save.class, SelectionCommand.Delete.class})
public final class SelectionCommand extends DeskSubcommand {

    @Override
    public Integer call() {
        throw usageError("cli.selection.missing");
    }

    /** What both subcommands have: the NAME, the ledger opened and closed around the work. */
    abstract static class NamedSubcommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        SelectionCommand selection;

        @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
        boolean help;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "selection.name")
        String name;

        @Override
        public final Integer call() {
            try (Services services = Services.open(selection.desk().ledger())) {
                spec.commandLine().getOut().println(work(services));
            }
            return 0;
        }

        /** Does the work and says what was done. */
        abstract String work(Services services);
    }

    @Command(name = "save")
    static final class Save extends NamedSubcommand {

        @Option(names = "--where", paramLabel = "CRITERIA", required = true, descriptionKey = "selection.where")
        String where;

        @Override
        String work(Services services) {
            SavedSelection saved = services.savedSelections().save(name, where);
            return CliText.text("cli.selection.saved", saved.name(), saved.criteria());
        }
    }

    @Command(name = "delete")
    static final class Delete extends NamedSubcommand {

        @Override
        String work(Services services) {
            SavedSelection deleted = services.savedSelections().delete(name);
            return CliText.text("cli.selection.deleted", deleted.name(), deleted.criteria());
        }
    }
}
