package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.overview.Overview;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Times the Overview's figures on an existing benchmark ledger (one {@link ReportBenchmark} kept with
 * {@code -Dbenchmark.keep=DIR}: 100,000 customers after a run). Not a test; run it with
 * <pre>
 * java -cp target/classes:target/test-classes:CLASSPATH dk.reimbursementdesk.benchmark.OverviewBenchmark LEDGER [DATE]
 * </pre>
 * Three rounds: the first includes reading the pages from disk, the others the page cache.
 */
public final class OverviewBenchmark {

    public static void main(String[] args) {
        LocalDate today = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2027, 1, 15);
        try (Services services = Services.open(Path.of(args[0]))) {
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                Overview overview = services.overview().overview(today);
                System.out.printf(Locale.ROOT, "overview round %d: %.3f s (credit balances %d, reimbursements in %s: %d)%n", round,
                        (System.nanoTime() - start) / 1e9,
                        overview.creditByCurrency().values().stream().mapToLong(Overview.Bar::count).sum(),
                        overview.perMonth().keySet().stream().reduce((a, b) -> b).orElseThrow(),
                        overview.perMonth().values().stream().mapToLong(Overview.Bar::count).sum());
            }
        }
    }
}
