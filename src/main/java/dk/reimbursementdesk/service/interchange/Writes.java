package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.service.ledger.Currencies;
import java.util.Collection;
import java.util.TreeSet;

/** What every writing import does first, inside its one transaction. */
final class Writes {

    private Writes() {
    }

    /** Creates the ISO currencies the file names that the ledger lacks, then flushes so plain SQL can refer to them. */
    static void ensureCurrencies(UnitOfWork work, Collection<String> codes) {
        for (String code : new TreeSet<>(codes)) {
            Currencies.ensure(work, code);
        }
        work.flush();
    }
}
