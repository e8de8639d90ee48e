package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.WhereParser;
import dk.reimbursementdesk.service.writeoff.SmallCreditService;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.SmallCredit;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes off the small credits (below {@code --below}, in the accounting currency, and never above the
 * minimum reimbursement) of the selected customers on a date, or with {@code --preview} only lists
 * them. One tab-separated line per credit, then a summary line.
 */
@Command(name = "write-off")
public final class WriteOffCommand extends LedgerCommand {

    @Option(names = "--where", paramLabel = "CRITERIA", descriptionKey = "write-off.where")
    String where;

    @Option(names = "--below", required = true, paramLabel = "AMOUNT", descriptionKey = "write-off.below")
    BigDecimal below;

    @Option(names = "--older-than", paramLabel = "DAYS", descriptionKey = "write-off.older-than")
    Integer olderThan;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "write-off.date")
    LocalDate date;

    @Option(names = "--preview", descriptionKey = "write-off.preview")
    boolean preview;

    @Override
    protected int run(Services services) {
        SmallCreditService.Query query = new SmallCreditService.Query(date == null ? LocalDate.now() : date,
                WhereParser.parse(where, CustomerQueryFields.CATALOG), below, olderThan);
        SmallCreditService smallCredits = services.smallCredits();
        if (preview) {
            SmallCreditService.SmallCredits found = smallCredits.list(query);
            BigDecimal total = BigDecimal.ZERO.setScale(found.below().scale());
            for (SmallCredit credit : found.credits()) {
                out().println(line(null, credit));
                total = total.add(credit.creditAcc());
            }
            int n = found.credits().size();
            out().println(text("cli.write-off.preview", n, String.valueOf(n), total.toPlainString(), found.accountingCurrency()));
            return 0;
        }
        SmallCreditService.Result result = smallCredits.writeOff(query, null);
        for (SmallCreditService.Written written : result.written()) {
            out().println(line(written.number(), written.credit()));
        }
        int n = result.written().size();
        out().println(text("cli.write-off.posted", n, String.valueOf(n), result.totalAcc().toPlainString(), result.accountingCurrency()));
        return 0;
    }

    /** number (when posted), customer, name, currency, credit, credit in the accounting currency, oldest credit, age bucket. */
    private static String line(String number, SmallCredit c) {
        return number == null
                ? TabSeparated.line(c.customer(), c.name(), c.currency(), c.credit(), c.creditAcc(), c.oldestCredit(), c.bucket().label())
                : TabSeparated.line(number, c.customer(), c.name(), c.currency(), c.credit(), c.creditAcc(), c.oldestCredit(),
                        c.bucket().label());
    }
}
