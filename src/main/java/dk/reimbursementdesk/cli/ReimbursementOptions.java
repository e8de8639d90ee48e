package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.WhereParser;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The settings of a reimbursement run, as {@code reimburse} and {@code report preview} both take
 * them (a picocli mixin): {@code --where}, {@code --date} (today without it), {@code --summarize}.
 */
final class ReimbursementOptions {

    @Option(names = "--where", paramLabel = "CRITERIA", descriptionKey = "reimburse.where")
    String where;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "reimburse.date")
    LocalDate date;

    @Option(names = "--summarize", arity = "1", paramLabel = "true|false", defaultValue = "true",
            descriptionKey = "reimburse.summarize")
    boolean summarize;

    /** The request these options state; a --where that does not parse is refused with its sentence. */
    ReimbursementRequest request() {
        return new ReimbursementRequest(date == null ? LocalDate.now() : date, summarize,
                WhereParser.parse(where, CustomerQueryFields.CATALOG));
    }
}
