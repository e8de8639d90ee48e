package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.payment.InvalidVendorsException;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.payment.PaymentBatchSummary;
import dk.reimbursementdesk.service.payment.PaymentRun;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.payment.PostedPayment;
import dk.reimbursementdesk.service.payment.VendorProblem;
import dk.reimbursementdesk.service.payment.WrittenFile;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Pays every open vendor invoice of the selected vendors in one batch and writes the bank's pain.001
 * file. A vendor without a valid IBAN refuses the whole batch, unless {@code --skip-invalid} leaves it out.
 * With {@code --batch} it posts nothing and writes the bank file of a posted batch again.
 */
@Command(name = "pay")
public final class PayCommand extends LedgerCommand {

    @Option(names = "--where", paramLabel = "CRITERIA", descriptionKey = "pay.where")
    String where;

    @Option(names = "--selection", paramLabel = "NAME", descriptionKey = "pay.selection")
    String selection;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "pay.date")
    LocalDate date;

    @Option(names = "--pain001", paramLabel = "FILE", descriptionKey = "pay.pain001")
    Path file;

    @Option(names = "--pain-version", paramLabel = "09|03", converter = PainVersionConverter.class,
            descriptionKey = "pay.pain-version")
    Pain001Version version = Pain001Version.V09;

    @Option(names = "--skip-invalid", descriptionKey = "pay.skip-invalid")
    boolean skipInvalid;

    @Option(names = "--batch", paramLabel = "BATCH_ID", descriptionKey = "pay.batch")
    String batch;

    @Override
    protected int run(Services services) throws IOException {
        if (batch != null) {
            return writeAgain(services.payments());
        }
        Selection vendors = NamedSelection.of(spec.commandLine(), services, VendorQueryFields.CATALOG, where, selection);
        LocalDate paymentDate = date == null ? LocalDate.now() : date;
        PaymentService payments = services.payments();
        // Counted in SQL: reading 72,000 open invoices whole only to see that there are some took 10 s.
        if (payments.openInvoiceSummary(new OpenInvoiceQuery(vendors, null, null, false)).count() == 0) {
            out().println(text("cli.pay.nothingOpen"));
            return 0;
        }
        requireWritableFolder(file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().normalize().getParent(), file);
        PaymentRun run;
        try {
            run = payments.payVendors(vendors, paymentDate, skipInvalid);
        } catch (InvalidVendorsException refused) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(text("cli.pay.invalidVendors", refused.vendors().size(), String.valueOf(refused.vendors().size())));
            refused.vendors().forEach(v -> err.println(v.sentence()));
            err.flush();
            return 1;
        }
        PaymentBatchSummary batch = run.batch();
        PrintWriter out = out();
        out.println(text("cli.pay.posted", batch.number(), batch.paymentDate().toString(), batch.paymentCount(),
                String.valueOf(batch.paymentCount()),
                batch.totals().stream().map(m -> m.amount().toPlainString() + " " + m.currency()).collect(Collectors.joining(", "))));
        for (PostedPayment p : run.payments()) {
            out.println(TabSeparated.line(p.endToEndId(), p.vendorAccount(), p.creditorName(), p.amount().currency(),
                    p.amount().amount()));
        }
        for (VendorProblem skipped : run.skipped()) {
            out.println(text("cli.pay.skipped", skipped.sentence()));
        }
        Path target = (file == null ? Path.of(batch.number() + ".xml") : file).toAbsolutePath().normalize();
        WrittenFile written;
        try {
            written = payments.exportFile(batch.id(), version, target);
        } catch (IOException e) {
            throw CliText.refusal("cli.pay.fileNotWritten", batch.number(), target, String.valueOf(e.getMessage()));
        }
        printWritten(target, written);
        return 0;
    }

    /**
     * {@code --batch}: the bank file of a batch posted before, written again (with a new message id,
     * as every export), for instance after a crash between posting and writing. Posts nothing.
     */
    private int writeAgain(PaymentService payments) throws IOException {
        if (where != null || selection != null || date != null || skipInvalid) {
            throw usageError("cli.pay.batchAlone");
        }
        PaymentBatchSummary posted = payments.batch(batch);
        Path target = (file == null ? Path.of(posted.number() + ".xml") : file).toAbsolutePath().normalize();
        requireWritableFolder(target.getParent(), target);
        WrittenFile written;
        try {
            written = payments.exportFile(posted.id(), version, target);
        } catch (IOException e) {
            throw CliText.refusal("cli.pay.batchFileNotWritten", posted.number(), target, String.valueOf(e.getMessage()));
        }
        printWritten(target, written);
        return 0;
    }

    private void printWritten(Path target, WrittenFile written) {
        out().println(text("cli.pay.written", target, version.namespace().substring(version.namespace().lastIndexOf(':') + 1),
                written.transactionCount(), String.valueOf(written.transactionCount()), written.controlSum().toPlainString(),
                written.messageId()));
    }

    /** Checked before posting, so that a mistyped folder refuses the batch rather than posting it without its file. */
    private static void requireWritableFolder(Path folder, Path file) {
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || (file != null && Files.isDirectory(file))) {
            throw CliText.refusal("cli.pay.folderMissing", file == null ? folder : file.toAbsolutePath().normalize());
        }
    }
}
