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
@Command(name = "demo",
        description = {"Fill an empty ledger (made by init, nothing posted yet) with reproducible synthetic customers and open "
                + "transactions: the same options give the same ledger.",
                "The ledger must exist; demo does not create it. The parameters are left as they are: set the minimum "
                        + "reimbursement with the parameters command."})
public final class DemoCommand extends DeskSubcommand {

    @Option(names = "--customers", paramLabel = "N", defaultValue = "1000", description = "How many customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--transactions-per-customer", paramLabel = "K", defaultValue = "10",
            description = "How many open transactions each customer gets (default: ${DEFAULT-VALUE}).")
    int transactionsPerCustomer;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Path file = desk().ledgerFile().toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw CliText.refusal("cli.demo.noLedger", file);
        }
        SyntheticLedgerGenerator.Result result;
        try (Services services = Services.open(file)) {
            result = services.syntheticData().generate(customers, transactionsPerCustomer, seed);
        }
        out().println(text("cli.demo.done", file, result.customers(), String.valueOf(result.customers()),
                result.transactions(), String.valueOf(result.transactions()), String.valueOf(seed)));
        return 0;
    }
}
