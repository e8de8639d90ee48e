package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Measures the run report of a large run: generates the benchmark ledger (100,000 customers, 10
 * transactions each, seed 42, as {@link ReimbursementBenchmark}), runs the reimbursement, and times
 * writing the run's PDF with the peak heap while it is written. Not a test; run it with
 * <pre>
 * MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java -Dexec.mainClass=dk.reimbursementdesk.benchmark.ReportBenchmark \
 *     [-Dexec.args="customers transactionsPerCustomer seed"] [-Dbenchmark.keep=DIR] [-Dbenchmark.ledger=FILE]
 * </pre>
 * {@code -Dbenchmark.ledger=FILE} reports the last run of a ledger that has one instead of making one.
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perCustomer = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Locale.setDefault(Locale.ENGLISH);
        String keep = System.getProperty("benchmark.keep");
        String existing = System.getProperty("benchmark.ledger");
        Path dir = keep == null ? Files.createTempDirectory("report-benchmark") : Files.createDirectories(Path.of(keep));
        Path file = existing == null ? dir.resolve("ledger.db") : Path.of(existing);
        long runId;
        if (existing == null) {
            try (Ledger ledger = Ledger.create(file)) {
                new CompanySetupService(ledger).initialize("BENCH", "Benchmark A/S", "DKK", false);
                ledger.inSessionTransactionDo(s -> s.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(100_00));
                long start = System.nanoTime();
                new SyntheticLedgerGenerator(ledger).generate(customers, perCustomer, seed);
                System.out.printf(Locale.ROOT, "generate: %.2f s%n", seconds(start));
                start = System.nanoTime();
                RunResult run = new Services(ledger).reimbursement().run(new ReimbursementRequest(LocalDate.of(2026, 12, 31), true,
                        Selection.all(CustomerQueryFields.CATALOG)), RunProgress.NONE);
                System.out.printf(Locale.ROOT, "run: %.2f s, %d reimbursements%n", seconds(start), run.reimbursements());
                runId = run.runId();
            }
        } else {
            runId = -1;
        }
        try (Services services = Services.open(file)) {
            long id = runId > 0 ? runId : services.reimbursementList().page(null, null, false, 0, 1).get(0).runId();
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            Path pdf = dir.resolve("run-report.pdf");
            long start = System.nanoTime();
            services.reports().runReport(id, pdf, Locale.UK);
            double took = seconds(start);
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "run report of run %d: %.2f s, %d KB, peak heap while writing %d MB (max %d MB)%n",
                    id, took, Files.size(pdf) >> 10, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
