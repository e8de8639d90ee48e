package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
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

    /** The screen starts loading its first page at once. */
    @Override
    public Screen open(ScreenContext context) {
        Services services = context.services();
        ReimbursementListViewModel viewModel = new ReimbursementListViewModel(services.reimbursementList(),
                services.reimbursement(), () -> LocalDate.now(clock), context.tasks());
        Screen screen = screen(viewModel, context.dialogs(), context.printer());
        viewModel.search();
        return screen;
    }

    /** The screen over a view model that has not loaded yet: what tests render records into. */
    static Screen screen(ReimbursementListViewModel viewModel, DialogService dialogs) {
        return screen(viewModel, dialogs, null);
    }

    /** With printing; Ctrl+P prints the selected reimbursement's run. */
    static Screen screen(ReimbursementListViewModel viewModel, DialogService dialogs, ReportPrinter printer) {
        ReimbursementListView view = new ReimbursementListView(viewModel, dialogs, printer);
        Parent root = Fxml.load(ReimbursementListScreen.class, "ReimbursementList.fxml", ReimbursementTexts.bundle(), view);
        return Screen.of(root, viewModel::close, view::printRunReport).filter(view.customerFilter()).refreshing(viewModel::search)
                .showingOnly(filter -> {
                    viewModel.fromProperty().set(filter.from());
                    viewModel.toProperty().set(filter.to());
                    viewModel.search();
                });
    }
}
