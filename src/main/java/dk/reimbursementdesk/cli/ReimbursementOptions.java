package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The settings of a reimbursement run, as {@code reimburse} and {@code report preview} both take
 * them (a picocli mixin): {@code --where} or {@code --selection}, {@code --date} (today without it),
 * {@code --summarize}.
 */
final class ReimbursementOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--where", paramLabel = "CRITERIA", descriptionKey = "reimburse.where")
    String where;

    @Option(names = "--selection", paramLabel = "NAME", descriptionKey = "reimburse.selection")
    String selection;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "reimburse.date")
    LocalDate date;

    @Option(names = "--summarize", arity = "1", paramLabel = "true|false", defaultValue = "true",
            descriptionKey = "reimburse.summarize")
    boolean summarize;

    /**
     * The request these options state; a --where that does not parse, or a --selection nobody saved,
     * is refused with its sentence, and the two together are a usage error.
     */
    ReimbursementRequest request(Services services) {
        return new ReimbursementRequest(date == null ? LocalDate.now() : date, summarize,
                NamedSelection.of(command.commandLine(), services, CustomerQueryFields.CATALOG, where, selection));
    }
}
