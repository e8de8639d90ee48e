package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Accounts receivable &gt; Reimbursements: every reimbursement posted, a page at a time, with Reverse and
 * CSV export. Built with the bindings from the open ledger's services, which app supplies (see the
 * feature's documentation for the adapter over {@code ReimbursementListService}).
 */
public final class ReimbursementListScreen implements ScreenFactory {

    private final Function<Services, ReimbursementPages> pages;
    private final Function<Services, ReimbursementReversal> reversal;
    private final Clock clock;

    public ReimbursementListScreen(Function<Services, ReimbursementPages> pages,
                                   Function<Services, ReimbursementReversal> reversal) {
        this(pages, reversal, Clock.systemDefaultZone());
    }

    public ReimbursementListScreen(Function<Services, ReimbursementPages> pages,
                                   Function<Services, ReimbursementReversal> reversal, Clock clock) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.reversal = Objects.requireNonNull(reversal, "reversal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Screen open(Services services) {
        return open(pages.apply(services), reversal.apply(services), () -> LocalDate.now(clock));
    }

    /** The screen over given bindings; it starts loading its first page at once. */
    public static Screen open(ReimbursementPages pages, ReimbursementReversal reversal, Supplier<LocalDate> today) {
        ReimbursementListViewModel viewModel = new ReimbursementListViewModel(pages, reversal, today);
        Screen screen = screen(viewModel);
        viewModel.search();
        return screen;
    }

    /** The screen over a view model that has not loaded yet: what tests render records into. */
    static Screen screen(ReimbursementListViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(ReimbursementListScreen.class.getResource("ReimbursementList.fxml"),
                ReimbursementTexts.bundle());
        loader.setControllerFactory(type -> new ReimbursementListView(viewModel));
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
