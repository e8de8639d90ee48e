package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Accounts receivable &gt; Reimbursement. Built with the binding from the open ledger's services to
 * {@link ReimbursementActions}, which app supplies:
 * {@code new ReimbursementScreen(s -> ReimbursementActions.of(s.reimbursement()::countSelectedCustomers,
 * s.reimbursement()::preview, s.reimbursement()::run))}.
 */
public final class ReimbursementScreen implements ScreenFactory {

    private final Function<Services, ReimbursementActions> actions;
    private final Clock clock;

    public ReimbursementScreen(Function<Services, ReimbursementActions> actions) {
        this(actions, Clock.systemDefaultZone());
    }

    /** With a clock, so tests can say which day "today" is. */
    public ReimbursementScreen(Function<Services, ReimbursementActions> actions, Clock clock) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Screen open(Services services) {
        return open(actions.apply(services), LocalDate.now(clock));
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
        FXMLLoader loader = new FXMLLoader(ReimbursementScreen.class.getResource("Reimbursement.fxml"),
                ReimbursementTexts.bundle());
        loader.setControllerFactory(type -> new ReimbursementView(viewModel));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Screen() {
            @Override
            public Parent root() {
                return root;
            }

            @Override
            public void close() {
                viewModel.close();
            }
        };
    }
}
