package dk.reimbursementdesk.ui.rates;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.setup.SetupUi;

/** Exchange rates: add rates and correct those no posting has used. */
public final class ExchangeRatesScreen implements ScreenFactory {

    @Override
    public Screen open(Services services) {
        ExchangeRatesViewModel model = new ExchangeRatesViewModel(services.exchangeRates());
        return SetupUi.load(ExchangeRatesScreen.class.getResource("ExchangeRates.fxml"), new ExchangeRatesView(model), () -> { });
    }
}
