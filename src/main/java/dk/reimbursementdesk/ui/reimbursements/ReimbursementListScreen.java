package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * Accounts receivable &gt; Reimbursements: every reimbursement posted, a page at a time, with Reverse and
 * CSV export, over the open ledger's reimbursement list service and reimbursement service.
 */
public final class ReimbursementListScreen implements ScreenFactory {

    private final Clock clock;

    public ReimbursementListScreen() {
        this(Clock.systemDefaultZone());
    }

    /** With a clock, so tests can say which day "today" is (the reversal date's default). */
    public ReimbursementListScreen(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Screen open(ScreenContext context) {
        Services services = context.services();
        return open(new ServiceReimbursementPages(services.reimbursementList()), services.reimbursement()::reverse,
                () -> LocalDate.now(clock), context.tasks(), context.dialogs());
    }

    /** The screen over given bindings; it starts loading its first page at once. */
    public static Screen open(ReimbursementPages pages, ReimbursementReversal reversal, Supplier<LocalDate> today,
            TaskExecutor tasks, DialogService dialogs) {
        ReimbursementListViewModel viewModel = new ReimbursementListViewModel(pages, reversal, today, tasks);
        Screen screen = screen(viewModel, dialogs);
        viewModel.search();
        return screen;
    }

    /** The screen over a view model that has not loaded yet: what tests render records into. */
    static Screen screen(ReimbursementListViewModel viewModel, DialogService dialogs) {
        Parent root = Fxml.load(ReimbursementListScreen.class, "ReimbursementList.fxml", ReimbursementTexts.bundle(),
                new ReimbursementListView(viewModel, dialogs));
        return Screen.of(root, viewModel::close);
    }
}
