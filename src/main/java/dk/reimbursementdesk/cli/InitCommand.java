package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.ledger.Currencies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Creates a new, empty ledger at {@code --ledger}: a file (refused when a file is already there), or
 * in an empty PostgreSQL database (refused when it holds anything: tables of its own or a ledger).
 */
@Command(name = "init")
public final class InitCommand extends DeskSubcommand {

    @Option(names = "--company", required = true, paramLabel = "ID", descriptionKey = "init.company")
    String company;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "init.name")
    String name;

    @Option(names = "--currency", required = true, paramLabel = "CUR", descriptionKey = "init.currency")
    String currency;

    @Override
    public Integer call() {
        try (Services created = Services.create(desk().ledger(), company, name, currency)) {
            out().println(text("cli.init.created", created.ledgerName(), company.strip(), name.strip(),
                    Currencies.requireIsoCode(currency)));
        }
        return 0;
    }
}
