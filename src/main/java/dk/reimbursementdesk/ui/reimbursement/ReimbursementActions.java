package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What the Reimbursement dialog asks of the reimbursement service. An interface of the screen's own, so
 * the view model states exactly what it uses; bound to the service by method references:
 * {@code ReimbursementActions.of(service::countSelectedCustomers, service::preview, service::run)}.
 * Every method is called on a worker thread, never on the FX thread.
 */
public interface ReimbursementActions {

    long countSelected(Selection selection);

    Preview preview(ReimbursementRequest request);

    /** Posts; throws {@link java.util.concurrent.CancellationException} after rolling back when cancelled. */
    RunResult run(ReimbursementRequest request, RunProgress progress);

    static ReimbursementActions of(ToLongFunction<Selection> count, Function<ReimbursementRequest, Preview> preview,
                                   BiFunction<ReimbursementRequest, RunProgress, RunResult> run) {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(run, "run");
        return new ReimbursementActions() {
            @Override
            public long countSelected(Selection selection) {
                return count.applyAsLong(selection);
            }

            @Override
            public Preview preview(ReimbursementRequest request) {
                return preview.apply(request);
            }

            @Override
            public RunResult run(ReimbursementRequest request, RunProgress progress) {
                return run.apply(request, progress);
            }
        };
    }
}
