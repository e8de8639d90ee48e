package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.scene.Parent;

/**
 * Accounts receivable &gt; Reimbursement, over the open ledger's reimbursement service. The dialog reaches
 * the service only through {@link ReimbursementActions}, bound here by method references.
 */
public final class ReimbursementScreen implements ScreenFactory {

    private final Clock clock;

    public ReimbursementScreen() {
        this(Clock.systemDefaultZone());
    }

    /** With a clock, so tests can say which day "today" is. */
    public ReimbursementScreen(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Screen open(ScreenContext context) {
        ReimbursementViewModel viewModel = new ReimbursementViewModel(ReimbursementActions.of(context.services().reimbursement(),
                context.services().holds(), context.services().savedSelections()), LocalDate.now(clock), context.tasks());
        Screen screen = screen(viewModel, context.dialogs(), context.printer(), context.services().savedSelections());
        viewModel.start();
        return screen;
    }

    /** The screen over given actions, without printing: used by the screen's own tests. */
    public static Screen open(ReimbursementActions actions, LocalDate today, TaskExecutor tasks, DialogService dialogs) {
        ReimbursementViewModel viewModel = new ReimbursementViewModel(actions, today, tasks);
        Screen screen = screen(viewModel, dialogs);
        viewModel.start();
        return screen;
    }

    /** The screen over a view model that has not started counting: what tests render records into. */
    static Screen screen(ReimbursementViewModel viewModel, DialogService dialogs) {
        return screen(viewModel, dialogs, null, null);
    }

    static Screen screen(ReimbursementViewModel viewModel, DialogService dialogs, ReportPrinter printer, SavedSelectionService saved) {
        ReimbursementView view = new ReimbursementView(viewModel, dialogs, printer, saved);
        Parent root = Fxml.load(ReimbursementScreen.class, "Reimbursement.fxml", ReimbursementTexts.bundle(), view);
        return Screen.of(root, viewModel::close, view::printCurrent);
    }
}
