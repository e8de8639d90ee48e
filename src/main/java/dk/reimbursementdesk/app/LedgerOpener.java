package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens the ledger a start asks for. The default ledger is made with the demo company the first time,
 * all or nothing ({@link FirstStart}: built beside it and renamed into place when whole);
 * a ledger named with {@code --ledger} must exist. A ledger whose company setup fails is removed
 * again, so no half-made file is left to confuse the next start. Refusals are UserExceptions whose
 * sentence names the file.
 */
public final class LedgerOpener {

    /** The open ledger, and whether this start made it (with demo data). */
    public record Opened(Ledger ledger, boolean createdDemo) {
    }

    private LedgerOpener() {
    }

    public static Opened openAtStart(Optional<Path> named, Path defaultLedger) {
        if (named.isPresent()) {
            return new Opened(Ledger.open(named.get()), false);
        }
        if (Files.exists(defaultLedger)) {
            return new Opened(Ledger.open(defaultLedger), false);
        }
        return new Opened(FirstStart.buildDefault(defaultLedger), true);
    }

    /** A new ledger holding only its company, chart of accounts and sequences. */
    public static Ledger createEmpty(Path file, String companyCode, String companyName, String accountingCurrency) {
        return createWith(file, ledger -> new CompanySetupService(ledger).initialize(companyCode, companyName, accountingCurrency, false));
    }

    private static Ledger createWith(Path file, Consumer<Ledger> setup) {
        Ledger ledger = Ledger.create(file);
        try {
            setup.accept(ledger);
            return ledger;
        } catch (RuntimeException e) {
            ledger.close();
            Ledger.removeUnfinished(ledger.file());
            throw e;
        }
    }
}
