package dk.reimbursementdesk.ui.rates;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;

/** Exchange rates: add rates and correct those no posting has used. */
public final class ExchangeRatesScreen implements ScreenFactory {

    @Override
    public Screen open(ScreenContext context) {
        ExchangeRatesViewModel model = new ExchangeRatesViewModel(context.services().exchangeRates(), context.tasks());
        ExchangeRatesView view = new ExchangeRatesView(model, context.dialogs());
        return Screen.editing(Fxml.load(ExchangeRatesScreen.class, "ExchangeRates.fxml", Texts.of("i18n.setup").bundle(), view),
                view.changes(), () -> { }).refreshing(model::refresh);
    }
}
