package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.QueryCatalog;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.WhereParser;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Whom {@code reimburse}, {@code report preview} and {@code pay} work on: {@code --where CRITERIA},
 * or {@code --selection NAME} for criteria saved under a name ({@code selection save}), everyone
 * without either. Each command declares the two options itself, with help that names its fields.
 */
final class NamedSelection {

    private NamedSelection() {
    }

    /**
     * The selection over the catalog's fields.
     *
     * @throws ParameterException (exit 2) when both --where and --selection are given
     * @throws dk.reimbursementdesk.domain.UserException (exit 1) when the criteria do not parse, or
     *         no selection is saved under the name, or it names a field the catalog lacks
     */
    static Selection of(CommandLine command, Services services, QueryCatalog catalog, String where, String saved) {
        if (where != null && saved != null) {
            throw new ParameterException(command, CliText.text("cli.selection.withWhere"));
        }
        return saved != null ? services.savedSelections().selection(saved, catalog) : WhereParser.parse(where, catalog);
    }
}
