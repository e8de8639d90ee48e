package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.ledger.Currencies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Creates a new, empty ledger at {@code --ledger}; refused when a file is already there. */
@Command(name = "init", description = "Create a new, empty ledger at --ledger (refused if the file exists).")
public final class InitCommand extends DeskSubcommand {

    @Option(names = "--company", required = true, paramLabel = "ID", description = "The company's id, e.g. DK01.")
    String company;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The company's name.")
    String name;

    @Option(names = "--currency", required = true, paramLabel = "CUR", description = "The accounting currency (ISO 4217), e.g. DKK.")
    String currency;

    @Override
    public Integer call() {
        Path file = desk().ledgerFile().toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new UserException("ledger.exists", file);
        }
        // Checked before the file is made, so a refusal leaves nothing behind.
        String accountingCurrency = Currencies.requireIsoCode(currency);
        if (company.isBlank()) {
            throw new UserException("company.codeRequired");
        }
        if (name.isBlank()) {
            throw new UserException("company.nameRequired");
        }
        try (Ledger ledger = Ledger.create(file)) {
            new CompanySetupService(ledger).initialize(company, name, accountingCurrency, false);
        } catch (RuntimeException e) {
            removeHalfMadeLedger(file);
            throw e;
        }
        out().println(text("cli.init.created", file, company.strip(), name.strip(), accountingCurrency));
        return 0;
    }

    private static void removeHalfMadeLedger(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // The original refusal is what the user needs to read; a leftover file is named in it.
            }
        }
    }
}
