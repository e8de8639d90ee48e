package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.interchange.ParameterListService;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the accounts receivable parameters as {@code name: value} lines, after setting what is given. */
@Command(name = "parameters",
        description = {"Print the parameters as 'name: value' lines; set those given first.",
                "The company bank account (IBAN, BIC) is the debtor of payment files. An empty value clears it."})
public final class ParametersCommand extends LedgerCommand {

    @Option(names = "--minimum-reimbursement", paramLabel = "AMOUNT",
            description = "The smallest credit balance reimbursed, in the accounting currency, e.g. 100.00.")
    BigDecimal minimumReimbursement;

    @Option(names = "--bank-iban", paramLabel = "IBAN", description = "The company's bank account (IBAN).")
    String bankIban;

    @Option(names = "--bank-bic", paramLabel = "BIC", description = "The company's bank (BIC).")
    String bankBic;

    @Override
    protected int run(Services services) {
        ParameterListService parameters = services.parameterList();
        parameters.update(new ParameterListService.Changes(minimumReimbursement, bankIban, bankBic));
        for (ParameterListService.Parameter parameter : parameters.list()) {
            out().println(parameter.name() + ": " + parameter.value());
        }
        return 0;
    }
}
