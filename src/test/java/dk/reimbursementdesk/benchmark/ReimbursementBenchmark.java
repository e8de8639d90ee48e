package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures the Reimbursement process on a large synthetic ledger: generation, preview, run, the first
 * page of the Reimbursement list after the run, and the heap. Not a test (surefire skips
 * {@code *Benchmark}); run it with
 * <pre>
 * MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java -Dexec.mainClass=dk.reimbursementdesk.benchmark.ReimbursementBenchmark \
 *     [-Dexec.args="customers transactionsPerCustomer seed"]
 * </pre>
 * Defaults: 100,000 customers, 10 transactions each, seed 42. Add {@code --check} as a fourth
 * argument to run the ledger check after the run (it reads every row, so it is timed separately).
 * {@code -Dbenchmark.keep=DIR} keeps the ledger in DIR (which must not hold one yet) for a look afterwards;
 * {@code -Dbenchmark.generateOnly=true} stops after generating it; {@code -Dbenchmark.ledger=FILE} measures an
 * existing generated ledger instead of making one (it is changed: measure a copy); {@code -Dbenchmark.trace=true} logs
 * every statement's time; {@code -Dbenchmark.summarize=false} runs without summarizing (one reimbursement per
 * credit document). The hand-written baseline ({@code benchmark/baseline.sql}) always runs summarized, on a copy.
 */
public final class ReimbursementBenchmark {

    private record Measure(String what, double seconds, double cpuSeconds, String target, String detail) {
    }

    private final List<Measure> measures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perCustomer = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        boolean check = args.length > 3 && args[3].equals("--check");
        Locale.setDefault(Locale.ENGLISH);
        new ReimbursementBenchmark().run(customers, perCustomer, seed, check);
    }

    private void run(int customers, int perCustomer, long seed, boolean check) throws Exception {
        String keep = System.getProperty("benchmark.keep");
        Path dir = keep == null ? Files.createTempDirectory("reimbursement-benchmark") : Files.createDirectories(Path.of(keep));
        if (Boolean.getBoolean("benchmark.trace")) {
            for (String logger : new String[] {"dk.reimbursementdesk.service.reimbursement", "dk.reimbursementdesk.persistence"}) {
                ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(logger)).setLevel(ch.qos.logback.classic.Level.DEBUG);
            }
        }
        String existing = System.getProperty("benchmark.ledger");
        Path file = existing == null ? dir.resolve("ledger.db") : Path.of(existing);
        if (existing == null) {
            try (Ledger ledger = Ledger.create(file)) {
                new CompanySetupService(ledger).initialize("BENCH", "Benchmark A/S", "DKK", false);
                ledger.inSessionTransactionDo(s -> s.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(100_00));
                time("generate ledger", "-", () -> new SyntheticLedgerGenerator(ledger).generate(customers, perCustomer, seed),
                        r -> r.customers() + " customers, " + r.transactions() + " transactions");
            }
        }
        if (Boolean.getBoolean("benchmark.generateOnly")) {
            return;
        }
        // The baseline works on a copy, so both start from the same ledger.
        Path copy = dir.resolve("baseline.db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        Baseline.Result baseline = Baseline.run(copy, LocalDate.of(2026, 12, 31));
        measures.add(new Measure("baseline: hand-written SQL run (summarized)", baseline.secondsToCommit(), Double.NaN, "~1.6 s",
                baseline.toString()));
        System.err.printf(Locale.ROOT, "%-45s %8.3f s  %s%n", "baseline", baseline.secondsToCommit(), baseline);
        Files.deleteIfExists(copy);
        try (Ledger ledger = Ledger.open(file)) {
            ReimbursementService service = new ReimbursementService(ledger);
            boolean summarize = !"false".equals(System.getProperty("benchmark.summarize"));
            ReimbursementRequest request = new ReimbursementRequest(LocalDate.of(2026, 12, 31), summarize,
                    Selection.all(CustomerQueryFields.CATALOG));
            Preview preview = time("preview", "<= 2 s", () -> service.preview(request),
                    p -> p.proposals().size() + " proposals, " + p.exclusions().size() + " exclusions, "
                            + p.oneTimeVendorsToCreate() + " one-time vendors, total " + p.totalAcc() + " " + p.accountingCurrency());
            RunResult result = time("run (post)", "<= 3 s", () -> service.run(request, RunProgress.NONE),
                    r -> r.reimbursements() + " reimbursements, " + r.oneTimeVendorsCreated() + " one-time vendors, total "
                            + r.totalAcc());
            // The run returns once its transaction has landed in the WAL; copying the WAL into the
            // file follows on a background thread. Timed here so the figure is not hidden.
            time("background checkpoint after the run", "-", () -> {
                ledger.awaitCheckpoint();
                return "done";
            }, String::valueOf);
            if (preview.proposals().size() != result.reimbursements()) {
                throw new IllegalStateException("The run posted " + result.reimbursements() + " but the preview proposed "
                        + preview.proposals().size());
            }
            ReimbursementListService list = new ReimbursementListService(ledger);
            time("list: first page", "<= 0.3 s", () -> {
                long count = list.count(ReimbursementListService.Filter.any());
                return count + " rows, first page " + list.page(ReimbursementListService.Filter.any(),
                        ReimbursementListService.SortColumn.NUMBER, true, 0, 50).size();
            }, String::valueOf);
            time("list: page sorted by customer name fragment", "-", () -> list.page(
                    new ReimbursementListService.Filter(null, null, "kaffe", null),
                    ReimbursementListService.SortColumn.AMOUNT, false, 0, 50).size() + " rows", String::valueOf);
            time("second run", "-", () -> service.run(request, RunProgress.NONE), r -> r.reimbursements() + " reimbursements");
            if (check) {
                time("ledger check", "-", () -> new LedgerCheckService(ledger).check(),
                        r -> r.allWell() ? "all well" : r.findings().size() + " findings: " + r.findings().get(0));
            }
            System.gc();
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            print(peak, used, runtime.maxMemory());
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private interface Describer<T> {
        String describe(T value);
    }

    private <T> T time(String what, String target, Supplier<T> work, Describer<T> describer) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        T value = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        measures.add(new Measure(what, seconds, cpu, target, describer.describe(value)));
        System.err.printf(Locale.ROOT, "%-45s %8.3f s  %8.3f s cpu  %s%n", what, seconds, cpu, describer.describe(value));
        return value;
    }

    /**
     * CPU time of the whole process (SQLite runs inside it), which a shared machine's load inflates
     * far less than the wall clock. It includes the JIT and the garbage collector.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private void print(long peakHeap, long usedHeap, long maxHeap) {
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-45s | %9s | %9s | %-9s | %s%n", "step", "seconds", "cpu s", "target", "result");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s%n", "-".repeat(47), "-".repeat(11), "-".repeat(11), "-".repeat(11), "-".repeat(40));
        for (Measure m : measures) {
            System.out.printf(Locale.ROOT, "| %-45s | %9.3f | %9.3f | %-9s | %s%n", m.what(), m.seconds(), m.cpuSeconds(), m.target(),
                    m.detail());
        }
        System.out.printf(Locale.ROOT, "%nheap: peak %d MB, after GC %d MB, max %d MB (target: peak <= 512 MB)%n",
                peakHeap >> 20, usedHeap >> 20, maxHeap >> 20);
        // Timings on a shared machine mean little without the load they were taken under.
        System.out.printf(Locale.ROOT, "load average at the end: %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }
}
