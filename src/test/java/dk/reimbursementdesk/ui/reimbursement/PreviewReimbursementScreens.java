package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.ExclusionReason;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.reimbursements.ReimbursementListScreen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A look at the screens outside the main window: {@code exec:java} with arguments {@code dialog|list}, a
 * language tag and optionally a ledger file. With a ledger file the screens run on the real services of
 * that ledger ({@code demo} makes a demo ledger in a temporary folder); without one, the dialog runs on
 * in-memory stand-ins named Preview..., used by this launcher only and never by a test, and the list,
 * which reads the list service itself, on a demo ledger.
 */
public final class PreviewReimbursementScreens {

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "dialog";
        Locale.setDefault(Locale.forLanguageTag(args.length > 1 ? args[1] : "en-GB"));
        Services services = args.length > 2 ? services(args[2]) : which.equals("list") ? services("demo") : null;
        Platform.startup(() -> {
            long started = System.nanoTime();
            Stage stage = new Stage();
            FxTaskExecutor tasks = new FxTaskExecutor();
            FxDialogService dialogs = new FxDialogService(stage);
            Screen screen;
            if (services != null) {
                ScreenContext context = new ScreenContext(services, tasks, dialogs);
                screen = which.equals("list") ? new ReimbursementListScreen().open(context) : new ReimbursementScreen().open(context);
            } else {
                screen = ReimbursementScreen.open(new PreviewReimbursementActions(), LocalDate.now(), tasks, dialogs);
            }
            reportFirstRows(screen, started);
            stage.setTitle("Preview " + which);
            stage.setScene(new Scene(screen.root(), 1300, 820));
            stage.setX(20);
            stage.setY(20);
            stage.show();
        });
    }

    private static Services services(String ledger) {
        try {
            Ledger opened = ledger.equals("demo")
                    ? TestLedgers.demo(Files.createTempDirectory("reimbursement-preview"))
                    : Ledger.open(Path.of(ledger));
            return new Services(opened);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Says on stderr how long the list took from opening to showing its first rows. */
    private static void reportFirstRows(Screen screen, long started) {
        screen.root().lookupAll(".table-view").stream().findFirst().ifPresent(node -> {
            javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) node;
            table.getItems().addListener((javafx.collections.ListChangeListener<Object>) change -> System.err.printf(
                    "rows shown %d ms after opening, at %d (%d rows)%n", (System.nanoTime() - started) / 1_000_000, System.currentTimeMillis(), table.getItems().size()));
        });
    }

    /** Stand-in figures shaped like the demo company's. */
    static final class PreviewReimbursementActions implements ReimbursementActions {

        @Override
        public long countSelected(Selection selection) {
            sleep(400);
            return selection.isEmpty() ? 12 : 12 - 4L * Math.min(2, selection.rows().size());
        }

        @Override
        public Preview preview(ReimbursementRequest request) {
            sleep(500);
            List<Proposal> proposals = List.of(
                    new Proposal("C0001", "Bager Hansen ApS", "DKK", money("250.00"), money("250.00"), "V0001", false, request.summarize() ? null : "PAY-5001"),
                    new Proposal("C0002", "Møller & Søn A/S", "DKK", money("800.00"), money("800.00"), null, true, request.summarize() ? null : "CN-3001"),
                    new Proposal("C0004", "Café Europa GmbH", "EUR", money("150.00"), money("1117.88"), null, true, request.summarize() ? null : "PAY-5004"),
                    new Proposal("C0008", "Jensen Cykler", "DKK", money("120.00"), money("120.00"), "V0003", false, request.summarize() ? null : "CN-3008"),
                    new Proposal("C0011", "Stockholm Design AB", "SEK", money("1000.00"), money("690.00"), null, true, request.summarize() ? null : "PAY-5011"));
            List<Exclusion> exclusions = List.of(
                    new Exclusion("C0003", "Nordisk Kaffe ApS", "DKK", ExclusionReason.BELOW_MINIMUM,
                            "The credit balance 50.00 DKK is below the minimum reimbursement of 100.00 DKK."),
                    new Exclusion("C0005", "Fleur de Lys SARL", "EUR", ExclusionReason.BELOW_MINIMUM,
                            "The credit balance 10.00 EUR (74.53 DKK) is below the minimum reimbursement of 100.00 DKK."),
                    new Exclusion("C0006", "Svendsen Byg A/S", "DKK", ExclusionReason.NOT_A_CREDIT,
                            "The balance 12,500.00 DKK is owed by the customer, not a credit."),
                    new Exclusion("C0007", "Aarhus Kommune", null, ExclusionReason.NO_OPEN_TRANSACTIONS,
                            "The customer has no open transactions."));
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            totals.put("DKK", money("1170.00"));
            totals.put("EUR", money("150.00"));
            totals.put("SEK", money("1000.00"));
            return new Preview(proposals, exclusions, totals, money("2977.88"), "DKK", 3, 9);
        }

        @Override
        public RunResult run(ReimbursementRequest request, RunProgress progress) {
            for (int done = 0; done <= 5; done++) {
                progress.update(done, 5);
                sleep(1500);
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
            }
            return new RunResult(7, 5, preview(request).totalsByCurrency(), money("2977.88"), 3);
        }
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
