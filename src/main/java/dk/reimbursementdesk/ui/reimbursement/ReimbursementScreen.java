package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
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
    public Screen open(Services services) {
        ReimbursementService service = services.reimbursement();
        return open(ReimbursementActions.of(service::countSelectedCustomers, service::preview, service::run),
                LocalDate.now(clock));
    }

    /** The screen over given actions: used by {@link #open(Services)} and by the screen's own tests. */
    public static Screen open(ReimbursementActions actions, LocalDate today) {
        ReimbursementViewModel viewModel = new ReimbursementViewModel(actions, today);
        Screen screen = screen(viewModel);
        viewModel.start();
        return screen;
    }

    /** The screen over a view model that has not started counting: what tests render records into. */
    static Screen screen(ReimbursementViewModel viewModel) {
        Parent root = Fxml.load(ReimbursementScreen.class, "Reimbursement.fxml", ReimbursementTexts.bundle(), new ReimbursementView(viewModel));
        return Screen.of(root, viewModel::close);
    }
}
