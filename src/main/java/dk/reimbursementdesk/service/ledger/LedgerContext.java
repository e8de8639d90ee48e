package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.LegalEntity;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.UserException;
import org.hibernate.Session;

/** What every posting needs to know about the ledger, read once per transaction. */
public record LedgerContext(LegalEntity company, Currency accountingCurrency, Parameters parameters) {

    public static LedgerContext load(Session session) {
        LegalEntity company = session.createSelectionQuery("from LegalEntity", LegalEntity.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UserException("company.notSetUp"));
        Currency currency = session.find(Currency.class, company.getAccountingCurrency());
        Parameters parameters = session.find(Parameters.class, Parameters.SINGLETON_ID);
        return new LedgerContext(company, currency, parameters);
    }

    public String accountingCurrencyCode() {
        return accountingCurrency.getCode();
    }

    public int accountingDecimals() {
        return accountingCurrency.getDecimals();
    }
}
