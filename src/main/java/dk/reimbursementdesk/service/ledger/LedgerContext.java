package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.LegalEntity;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;

/** What every posting needs to know about the ledger, read once per transaction. */
public record LedgerContext(LegalEntity company, Currency accountingCurrency, Parameters parameters) {

    public static LedgerContext load(UnitOfWork work) {
        LegalEntity company = new LedgerStore(work).company().orElseThrow(() -> new UserException("company.notSetUp"));
        Currency currency = work.find(Currency.class, company.getAccountingCurrency());
        Parameters parameters = work.find(Parameters.class, Parameters.SINGLETON_ID);
        return new LedgerContext(company, currency, parameters);
    }

    public String accountingCurrencyCode() {
        return accountingCurrency.getCode();
    }

    public int accountingDecimals() {
        return accountingCurrency.getDecimals();
    }
}
