package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fills an empty company ledger with reproducible synthetic customers and open transactions. It does
 * not create the ledger: {@code init} does, so the company, currency and file are the user's choice.
 */
@Command(name = "demo")
public final class DemoCommand extends DeskSubcommand {

    @Option(names = "--customers", paramLabel = "N", defaultValue = "1000", descriptionKey = "demo.customers")
    int customers;

    @Option(names = "--transactions-per-customer", paramLabel = "K", defaultValue = "10",
            descriptionKey = "demo.transactions-per-customer")
    int transactionsPerCustomer;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "demo.seed")
    long seed;

    @Override
    public Integer call() {
        String ledger = desk().ledger();
        if (!Services.isServerUrl(ledger)) {
            Path file = Path.of(ledger).toAbsolutePath().normalize();
            if (!Files.exists(file)) {
                throw CliText.refusal("cli.demo.noLedger", file);
            }
            ledger = file.toString();
        }
        SyntheticLedgerGenerator.Result result;
        String name;
        try (Services services = Services.open(ledger)) {
            name = services.ledgerName();
            result = services.syntheticData().generate(customers, transactionsPerCustomer, seed);
        }
        out().println(text("cli.demo.done", name, result.customers(), String.valueOf(result.customers()),
                result.transactions(), String.valueOf(result.transactions()), String.valueOf(seed)));
        return 0;
    }
}
