package dk.reimbursementdesk.ui.writeoff;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.writeoff.SmallCreditService;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.scene.Parent;

/**
 * Accounts receivable &gt; Small credits: the credit balances below the minimum reimbursement, their
 * write-off, and the write-offs posted with their reversal, over the open ledger's small-credit service.
 */
public final class SmallCreditsScreen implements ScreenFactory {

    private final Clock clock;

    public SmallCreditsScreen() {
        this(Clock.systemDefaultZone());
    }

    /** With a clock, so tests can say which day "today" is (the list's and the reversal's date). */
    public SmallCreditsScreen(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The ledger's accounting currency, one row read; none yet (no company) is told by the list's own refusal. */
    private static String accountingCurrency(ScreenContext context) {
        try {
            return context.services().generalLedger().companyInfo().accountingCurrency();
        } catch (UserException noCompany) {
            return "";
        }
    }

    /** The screen lists the small credits on today's date at once. */
    @Override
    public Screen open(ScreenContext context) {
        SmallCreditService service = context.services().smallCredits();
        LocalDate today = LocalDate.now(clock);
        WrittenOffViewModel written = new WrittenOffViewModel(service, today, context.tasks());
        SmallCreditsViewModel credits = new SmallCreditsViewModel(service, accountingCurrency(context), today, context.tasks(),
                context.dialogs(), written::load);
        written.afterReversal(credits::search);
        SmallCreditsView view = new SmallCreditsView(credits, written, context.dialogs());
        Parent root = Fxml.load(SmallCreditsScreen.class, "SmallCredits.fxml", WriteOffTexts.bundle(), view);
        credits.search();
        // Ctrl+F may have to turn to the first tab before its field can take the keyboard: the screen's own hooks
        return new Screen() {
            @Override
            public Parent root() {
                return root;
            }

            @Override
            public void close() {
                credits.close();
                written.close();
            }

            @Override
            public boolean focusFilter() {
                return view.focusFilter();
            }

            @Override
            public boolean refresh() {
                view.refresh();
                return true;
            }
        };
    }
}
