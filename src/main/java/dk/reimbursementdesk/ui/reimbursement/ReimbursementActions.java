package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.HoldService;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
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

    /**
     * Puts the customer on hold for reimbursement with the reason (a preview row's Put on hold…); actions
     * made by {@link #of(ToLongFunction, Function, BiFunction)} cannot.
     */
    default void hold(String customerAccount, String reason) {
        throw new UnsupportedOperationException("these actions cannot put customers on hold");
    }

    /** The saved selections over the customer fields, for the Saved selection drop-down; none by default. */
    default List<SavedSelection> savedSelections() {
        return List.of();
    }

    /** Every action over the open ledger's services: what the main window's dialog uses. */
    static ReimbursementActions of(ReimbursementService service, HoldService holds, SavedSelectionService saved) {
        return new BoundActions(service::countSelectedCustomers, service::preview, service::run,
                (account, reason) -> holds.hold(account, reason), () -> saved.fitting(CustomerQueryFields.CATALOG));
    }

    static ReimbursementActions of(ToLongFunction<Selection> count, Function<ReimbursementRequest, Preview> preview,
                                   BiFunction<ReimbursementRequest, RunProgress, RunResult> run) {
        return new BoundActions(count, preview, run, null, List::of);
    }

    /** The actions bound to functions; {@code hold} null: these actions cannot put customers on hold. */
    record BoundActions(ToLongFunction<Selection> count, Function<ReimbursementRequest, Preview> previewing,
                        BiFunction<ReimbursementRequest, RunProgress, RunResult> running, BiConsumer<String, String> holding,
                        Supplier<List<SavedSelection>> saved) implements ReimbursementActions {
        public BoundActions {
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(previewing, "preview");
            Objects.requireNonNull(running, "run");
        }

        @Override
        public long countSelected(Selection selection) {
            return count.applyAsLong(selection);
        }

        @Override
        public Preview preview(ReimbursementRequest request) {
            return previewing.apply(request);
        }

        @Override
        public RunResult run(ReimbursementRequest request, RunProgress progress) {
            return running.apply(request, progress);
        }

        @Override
        public void hold(String customerAccount, String reason) {
            if (holding == null) {
                ReimbursementActions.super.hold(customerAccount, reason);
            } else {
                holding.accept(customerAccount, reason);
            }
        }

        @Override
        public List<SavedSelection> savedSelections() {
            return saved.get();
        }
    }
}
