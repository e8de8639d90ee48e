package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.query.Selection;
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
import java.util.regex.Pattern;
import javafx.scene.Parent;

/**
 * Accounts receivable &gt; Reimbursement, over the open ledger's reimbursement service. The dialog reaches
 * the service only through {@link ReimbursementActions}, bound here by method references.
 */
public final class ReimbursementScreen implements ScreenFactory {

    /** Letters, digits, - _ / and single dots: an account the range syntax reads as itself (".." would be a range). */
    private static final Pattern PLAIN_ACCOUNT = Pattern.compile("[\\p{L}\\p{N}_/-]+(\\.[\\p{L}\\p{N}_/-]+)*");

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
        return open(context, null);
    }

    /**
     * The dialog for one customer (the Customers screen's Reimburse…): the selection set to that
     * account, and the preview made at once.
     */
    public ScreenFactory forCustomer(String customerAccount) {
        Selection one = Selection.all(CustomerQueryFields.CATALOG).with(CustomerQueryFields.ACCOUNT, Criteria.parse(exactly(customerAccount)));
        return context -> open(context, one);
    }

    /** The account as criteria meaning just it: as typed when no character of it is syntax, else quoted. */
    private static String exactly(String account) {
        return PLAIN_ACCOUNT.matcher(account).matches() ? account : "\"" + account.replace("\"", "\"\"") + "\"";
    }


    /** {@code selection} null: every customer, and no preview until asked for. */
    private Screen open(ScreenContext context, Selection selection) {
        ReimbursementViewModel viewModel = new ReimbursementViewModel(ReimbursementActions.of(context.services().reimbursement(),
                context.services().holds(), context.services().savedSelections()), LocalDate.now(clock), context.tasks());
        Screen screen = screen(viewModel, context.dialogs(), context.printer(), context.services().savedSelections());
        if (selection != null) {
            viewModel.request().selectionProperty().set(selection);
        }
        viewModel.start();
        if (selection != null) {
            viewModel.preview();
        }
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
