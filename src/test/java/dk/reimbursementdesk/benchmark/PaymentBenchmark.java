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
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
            PaymentService payments = new PaymentService(ledger);
            OpenInvoiceQuery reimbursements = new OpenInvoiceQuery(Selection.all(dk.reimbursementdesk.service.query.VendorQueryFields.CATALOG),
                    null, null, true);
            time("payment journal: first page", () -> {
                var page = payments.openInvoicePage(reimbursements, 0, 100);
                return page.summary().count() + " open, page of " + page.rows().size();
            });
            LocalDate date = LocalDate.of(2027, 1, 4);
            InvoiceSelection all = InvoiceSelection.allBut(reimbursements, List.of());
            time("proposal", () -> {
                PaymentProposal p = payments.propose(all, date);
                return p.paymentCount() + " payments, " + p.invoiceCount() + " invoices, " + p.totals();
            });
            PaymentRun posted = time("post batch", () -> payments.post(all, date, false));
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

    private static <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        System.err.printf(Locale.ROOT, "%-32s %8.3f s  %s%n", what, (System.nanoTime() - start) / 1e9,
                value instanceof PaymentRun r ? r.batch().paymentCount() + " payments" : value);
        return value;
    }
}
