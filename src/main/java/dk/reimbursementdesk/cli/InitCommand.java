package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.ledger.Currencies;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Creates a new, empty ledger at {@code --ledger}; refused when a file is already there. */
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
        Path file = desk().ledgerFile().toAbsolutePath().normalize();
        try (Services created = Services.create(file, company, name, currency)) {
            out().println(text("cli.init.created", created.ledgerFile(), company.strip(), name.strip(),
                    Currencies.requireIsoCode(currency)));
        }
        return 0;
    }
}
