package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.payment.PaymentProposal;
import dk.reimbursementdesk.service.payment.PaymentRun;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.payment.InvoiceSelection;
import dk.reimbursementdesk.service.payment.WrittenFile;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Paying a whole reimbursement run at scale, on a generated ledger (make one with
 * {@code ReimbursementBenchmark -Dbenchmark.keep=DIR -Dbenchmark.generateOnly=true}; give this a copy, it is
 * changed): the run, every vendor given an IBAN, then the payment journal's first page, the proposal
 * for every open reimbursement invoice, posting them as one batch, and writing pain.001.001.09.
 * {@code java -Xmx512m -cp ... dk.reimbursementdesk.benchmark.PaymentBenchmark LEDGER OUT.xml}
 * <p>{@code -Dbenchmark.runOnly=true} stops after the run and the IBANs (a ledger to measure the payment on,
 * again and again, from copies); {@code -Dbenchmark.reimbursed=true} takes such a ledger and starts at the
 * first page; {@code -Dbenchmark.trace=true} logs every statement's time.
 */
public final class PaymentBenchmark {

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (Boolean.getBoolean("benchmark.trace")) {
            for (String logger : new String[] {"dk.reimbursementdesk.service.payment", "dk.reimbursementdesk.persistence"}) {
                ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger)).setLevel(ch.qos.logback.classic.Level.DEBUG);
            }
        }
        try (Ledger ledger = Ledger.open(file)) {
            if (!Boolean.getBoolean("benchmark.reimbursed")) {
                ReimbursementService run = new ReimbursementService(ledger);
                time("reimbursement run", () -> run.run(new ReimbursementRequest(LocalDate.of(2026, 12, 31), true,
                        Selection.all(CustomerQueryFields.CATALOG)), RunProgress.NONE).reimbursements() + " reimbursements");
                ledger.inTransactionDo(work -> work.sql().update(
                        "UPDATE vendor SET iban = 'DK5000400440116243' WHERE iban IS NULL OR iban = ''"));
                ledger.inTransactionDo(work -> work.sql().update(
                        "UPDATE parameters SET bank_iban = 'DK5814700000987654', bank_bic = 'DABADKKK'"));
                if (Boolean.getBoolean("benchmark.runOnly")) {
                    ledger.awaitCheckpoint();
                    return;
                }
            }
            LocalDate date = LocalDate.of(2027, 1, 4);
            // The yardstick first, on a consistent copy of the same ledger, as ReimbursementBenchmark does.
            Path copy = file.resolveSibling("payment-baseline.db");
            Files.deleteIfExists(copy);
            ledger.backUpTo(copy);
            Baseline.Result baseline = Baseline.payment(copy, date);
            Files.deleteIfExists(copy);
            System.err.printf(Locale.ROOT, "%-32s %8.3f s  %s%n", "yardstick: payment_baseline.sql", baseline.secondsToCommit(), baseline);

            PaymentService payments = new PaymentService(ledger);
            OpenInvoiceQuery reimbursements = new OpenInvoiceQuery(Selection.all(VendorQueryFields.CATALOG), null, null, true);
            for (String which : new String[] {"payment journal: first page", "first page again"}) {
                time(which, () -> {
                    var page = payments.openInvoicePage(reimbursements, 0, 100);
                    return page.summary().count() + " open, page of " + page.rows().size();
                });
            }
            time("payment journal: page 500", () -> payments.openInvoicePage(reimbursements, 499, 100).rows().size() + " rows");
            InvoiceSelection all = InvoiceSelection.allBut(reimbursements, List.of());
            time("proposal", () -> {
                PaymentProposal p = payments.propose(all, date);
                return p.paymentCount() + " payments, " + p.invoiceCount() + " invoices, " + p.totals();
            });
            BackupClock backup = BackupClock.listen();
            long postStart = System.nanoTime();
            PaymentRun posted = time("post batch (whole use case)", () -> payments.post(all, date, false));
            double post = (System.nanoTime() - postStart) / 1e9;
            double backupSeconds = backup.seconds();
            System.err.printf(Locale.ROOT, "%-32s %8.3f s  the backup before it %.3f s; %.2f x the yardstick's %.3f s (target <= 2)%n",
                    "post batch without the backup", post - backupSeconds, backupSeconds,
                    (post - backupSeconds) / baseline.secondsToCommit(), baseline.secondsToCommit());
            time("write pain.001.001.09", () -> {
                try {
                    WrittenFile w = payments.exportFile(posted.batch().id(), Pain001Version.V09, out);
                    return w.transactionCount() + " transfers, control sum " + w.controlSum();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.err.printf(Locale.ROOT, "heap peak %d MB, load %.2f%n", peak >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** How long the posting's backup took, as the ledger's timing log says it (logger {@code dk.reimbursementdesk.timing.ledger}). */
    private static final class BackupClock extends ch.qos.logback.core.AppenderBase<ch.qos.logback.classic.spi.ILoggingEvent> {

        private static final java.util.regex.Pattern BACKUP = java.util.regex.Pattern.compile("backup \\(payment\\) (\\d+) ms.*");
        private volatile long millis;

        static BackupClock listen() {
            BackupClock clock = new BackupClock();
            ch.qos.logback.classic.Logger timing = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                    "dk.reimbursementdesk.timing.ledger");
            if (!timing.isDebugEnabled()) {
                timing.setLevel(ch.qos.logback.classic.Level.DEBUG);
                timing.setAdditive(Boolean.getBoolean("benchmark.trace"));
            }
            clock.setContext(timing.getLoggerContext());
            clock.start();
            timing.addAppender(clock);
            return clock;
        }

        @Override
        protected void append(ch.qos.logback.classic.spi.ILoggingEvent event) {
            java.util.regex.Matcher m = BACKUP.matcher(event.getFormattedMessage());
            if (m.matches()) {
                millis = Long.parseLong(m.group(1));
            }
        }

        double seconds() {
            return millis / 1e3;
        }
    }

    private static <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        System.err.printf(Locale.ROOT, "%-32s %8.3f s  %s%n", what, (System.nanoTime() - start) / 1e9,
                value instanceof PaymentRun r ? r.batch().paymentCount() + " payments" : value);
        return value;
    }
}
