package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
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

    /**
     * {@code named} is what {@code --ledger} gave: a file's path or a server's URL, opened with
     * {@code password} when the window asked for one (null: the URL or PGPASSWORD gives it).
     */
    public static Opened openAtStart(Optional<String> named, Path defaultLedger, String password) {
        if (named.isPresent()) {
            return new Opened(ServerAddress.isServerUrl(named.get()) ? Ledger.open(server(named.get(), password))
                    : Ledger.open(Path.of(named.get())), false);
        }
        return openAtStart(Optional.empty(), defaultLedger);
    }

    /** {@link #openAtStart(Optional, Path, String)} without a password typed. */
    public static Opened openAtStart(Optional<String> named, Path defaultLedger) {
        if (named.isPresent()) {
            return openAtStart(named, defaultLedger, null);
        }
        if (Files.exists(defaultLedger)) {
            return new Opened(Ledger.open(defaultLedger), false);
        }
        return new Opened(FirstStart.buildDefault(defaultLedger), true);
    }

    /** The server's address with the password the user typed, if the window asked for one. */
    static ServerAddress server(String url, String password) {
        ServerAddress address = ServerAddress.parse(url);
        return password == null ? address : address.withPassword(password);
    }

    /** Opens the ledger on the server at {@code url} (File > Open ledger on a server…). */
    public static Ledger openServer(String url, String password) {
        return Ledger.open(server(url, password));
    }

    /**
     * Makes the empty database at {@code url} a ledger with its company (File > New ledger on a
     * server…). All or nothing, as the {@code init} command: when the company's setup fails after the
     * schema was made, what the create made is dropped again ({@link Ledger#closeDiscardingCreation})
     * and the database is as empty as before.
     */
    public static Ledger createOnServer(String url, String password, String companyCode, String companyName, String accountingCurrency) {
        return CompanySetupService.createOnServer(server(url, password), companyCode, companyName, accountingCurrency);
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
