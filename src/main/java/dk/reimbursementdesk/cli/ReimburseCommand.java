package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.domain.DateText;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.PartialAmount;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs the Reimbursement process on the selected customers (all without {@code --where}), or with
 * {@code --preview} only shows what it would do. Prints the reimbursements, the customers left out
 * with the reason, and a summary line. {@code --amount} lowers a proposal (repeatable); one out of
 * bounds refuses the whole run (exit 1, nothing posted).
 */
@Command(name = "reimburse")
public final class ReimburseCommand extends LedgerCommand {

    @Mixin
    ReimbursementOptions settings;

    @Option(names = "--preview", descriptionKey = "reimburse.preview")
    boolean preview;

    @Option(names = "--amount", paramLabel = "CUSTOMER:CURRENCY=AMOUNT", converter = PartialAmountConverter.class,
            descriptionKey = "reimburse.amount")
    List<PartialAmount> amounts = new ArrayList<>();

    @Override
    protected int run(Services services) {
        ReimbursementRequest request = settings.request(services).withAmounts(amounts);
        LocalDate postingDate = request.postingDate();
        // Posting plans once and prints the plan it posts; --preview plans and posts nothing.
        ReimbursementService.PreviewedRun posted = preview ? null : services.reimbursement().runShowingPreview(request, RunProgress.NONE);
        Preview shown = preview ? services.reimbursement().preview(request) : posted.preview();
        printProposals(shown.proposals());
        printExclusions(shown.exclusions());
        long customers = shown.proposals().stream().map(Proposal::customerAccount).distinct().count();
        String acc = shown.accountingCurrency();
        if (shown.proposals().isEmpty()) {
            out().println(text("cli.reimburse.nothing", shown.selectedCustomers(), String.valueOf(shown.selectedCustomers()),
                    DateText.format(postingDate, Locale.getDefault())));
            return 0;
        }
        if (preview) {
            out().println(text("cli.reimburse.preview", shown.proposals().size(), String.valueOf(shown.proposals().size()),
                    customers, String.valueOf(customers), TabSeparated.totals(shown.totalsByCurrency()),
                    shown.totalAcc().toPlainString(), acc,
                    shown.oneTimeVendorsToCreate(), String.valueOf(shown.oneTimeVendorsToCreate())));
            return 0;
        }
        RunResult result = posted.result();
        out().println(text("cli.reimburse.posted", result.reimbursements(), String.valueOf(result.reimbursements()),
                customers, String.valueOf(customers), numbers(services, result),
                TabSeparated.totals(result.totalsByCurrency()), result.totalAcc().toPlainString(), acc,
                result.oneTimeVendorsCreated(), String.valueOf(result.oneTimeVendorsCreated())));
        return 0;
    }

    private void printProposals(List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            return;
        }
        PrintWriter out = out();
        out.println(text("cli.reimburse.heading.proposals"));
        String newVendor = text("cli.reimburse.newVendor");
        for (Proposal p : proposals) {
            String vendor = p.newOneTimeVendor() ? newVendor : p.vendorAccount();
            out.println(settings.summarize
                    ? TabSeparated.line(p.customerAccount(), p.customerName(), p.currency(), p.credit(), p.creditAcc(), vendor)
                    : TabSeparated.line(p.customerAccount(), p.customerName(), p.currency(), p.credit(), p.creditAcc(), vendor,
                            p.sourceDocument()));
        }
        out.println();
    }

    private void printExclusions(List<Exclusion> exclusions) {
        if (exclusions.isEmpty()) {
            return;
        }
        PrintWriter out = out();
        out.println(text("cli.reimburse.heading.exclusions"));
        for (Exclusion e : exclusions) {
            out.println(TabSeparated.line(e.customerAccount(), e.currency(), e.explanation()));
        }
        out.println();
    }

    /**
     * The run's reimbursement numbers, so the user can name one to {@code reverse}. A run's numbers
     * are one reserved block, so the first and the last say them all.
     */
    private static String numbers(Services services, RunResult result) {
        List<String> numbers = services.reimbursementList().firstAndLastNumber(result.runId());
        if (numbers.get(0).equals(numbers.get(1))) {
            return text("cli.reimburse.number", numbers.get(0));
        }
        return text("cli.reimburse.numbers", numbers.get(0), numbers.get(1));
    }
}
