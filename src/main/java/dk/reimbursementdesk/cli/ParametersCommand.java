package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.interchange.ParameterListService;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the accounts receivable parameters as {@code name: value} lines, after setting what is given. */
@Command(name = "parameters")
public final class ParametersCommand extends LedgerCommand {

    @Option(names = "--minimum-reimbursement", paramLabel = "AMOUNT", descriptionKey = "parameters.minimum-reimbursement")
    BigDecimal minimumReimbursement;

    @Option(names = "--bank-iban", paramLabel = "IBAN", descriptionKey = "parameters.bank-iban")
    String bankIban;

    @Option(names = "--bank-bic", paramLabel = "BIC", descriptionKey = "parameters.bank-bic")
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
