package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * File > Open ledger on a server… and File > New ledger on a server…: the server's URL and, when
 * needed, its password asked for, the ledger opened or made off the FX thread once the showing screen
 * lets the user go, and the turns between the two (an empty database offered to be made a ledger, a
 * database holding one offered to be opened). Its own class because it is a conversation of several
 * dialogs with its own memory (the last URL given in this window), which no other act of the window has.
 */
public final class ServerLedgerFlow {

    /** The refusal of a database without any object in it ({@code server.empty}): one the window can make a ledger. */
    private static final String EMPTY_DATABASE = "server.empty";

    /** The refusal of a new ledger in a database that holds one ({@code server.alreadyLedger}). */
    private static final String LEDGER_THERE = "server.alreadyLedger";

    private final ShellHost host;
    private final WindowWork work;
    private final DialogService dialogs;
    private final MainWindowViewModel window;
    private final Texts texts = Texts.of("i18n.shell");

    /**
     * The last server URL given in this window, without a password: the next server dialog starts
     * from it, so a mistyped password does not mean typing the URL again. Never saved.
     */
    private String lastServerUrl;

    ServerLedgerFlow(ShellHost host, WindowWork work, DialogService dialogs, MainWindowViewModel window) {
        this.host = host;
        this.work = work;
        this.dialogs = dialogs;
        this.window = window;
    }

    /**
     * File > Open ledger on a server…: the URL (checked at its field), the password when the URL
     * and PGPASSWORD give none, then, once the showing screen lets the user go, the ledger opened off
     * the FX thread with "Opening ledger…" in the status bar. A refusal (unreachable, wrong password,
     * no ledger there) is told as its sentence and the current ledger stays; an empty database is
     * offered to be made a ledger instead ({@link #offerToCreate}). Null when the user cancelled.
     */
    public Task<OpenedLedger> openServerLedger() {
        Optional<ServerLogin> login = askServer(false);
        if (login.isEmpty()) {
            return null;
        }
        ServerLogin server = login.get();
        return openOffThread(() -> host.openServer(server.url(), server.password()), failure -> offerToCreate(server, failure));
    }

    /**
     * After Open ledger on a server… found an empty database: asks whether to make it a ledger, then
     * goes on as File > New ledger on a server… with the same URL and password, so the clerk neither
     * retypes them nor reads a sentence about a menu. Any other failure is told (a refused password
     * typed in the window as one to type again: {@link PasswordDialog#sentence}).
     */
    private boolean offerToCreate(ServerLogin login, Throwable failure) {
        if (Failures.refusal(failure).filter(refusal -> EMPTY_DATABASE.equals(refusal.getKey())).isEmpty()) {
            dialogs.showError(PasswordDialog.sentence(failure, login.url(), login.password()));
            return true;
        }
        if (dialogs.confirm(texts.get("server.new.title"), texts.format("server.offerNew.header", Services.serverName(login.url())),
                texts.get("server.offerNew.question"), texts.get("server.offerNew.yes"), texts.get("dialog.cancel"))) {
            createOnServer(login);
        }
        return true;
    }

    /**
     * File > New ledger on a server…: the URL and password as for {@link #openServerLedger}, then the
     * company (the same dialog as a new file's); the empty database is made a ledger off the FX thread.
     */
    public Task<OpenedLedger> newServerLedger() {
        return askServer(true).map(this::createOnServer).orElse(null);
    }

    /** The company asked for, then the empty database at {@code login} made a ledger off the FX thread; null when cancelled. */
    private Task<OpenedLedger> createOnServer(ServerLogin login) {
        Optional<NewLedgerForm.Company> company = dialogs.showCustomDialog(new NewLedgerDialog());
        if (company.isEmpty()) {
            return null;
        }
        NewLedgerForm.Company c = company.get();
        return openOffThread(() -> host.createOnServer(login.url(), login.password(), c.code(), c.name(), c.currency()),
                failure -> offerToOpen(login, failure));
    }

    /**
     * After New ledger on a server… found a ledger in the database: its sentence says "open it
     * instead", so the clerk is asked whether to, and it opens with the same URL and password.
     * Any other failure is told, as after Open.
     */
    private boolean offerToOpen(ServerLogin login, Throwable failure) {
        Optional<UserException> refusal = Failures.refusal(failure).filter(r -> LEDGER_THERE.equals(r.getKey()));
        if (refusal.isEmpty()) {
            dialogs.showError(PasswordDialog.sentence(failure, login.url(), login.password()));
            return true;
        }
        if (dialogs.confirm(texts.get("server.open.title"), refusal.get().getMessage(), texts.get("server.offerOpen.question"),
                texts.get("server.offerOpen.yes"), texts.get("dialog.cancel"))) {
            openOffThread(() -> host.openServer(login.url(), login.password()), none -> false);
        }
        return true;
    }

    /** A server's URL and the password typed for it (null when none was asked: the URL or PGPASSWORD has it). */
    private record ServerLogin(String url, String password) {
        @Override
        public String toString() {
            return Services.withoutPassword(url);
        }
    }

    private Optional<ServerLogin> askServer(boolean create) {
        Optional<String> url = dialogs.showCustomDialog(new ServerLedgerDialog(create, lastServerUrl));
        if (url.isEmpty()) {
            return Optional.empty();
        }
        lastServerUrl = Services.withoutPasswordParameter(url.get());
        if (!Services.needsPassword(url.get())) {
            return Optional.of(new ServerLogin(url.get(), null));
        }
        return dialogs.showCustomDialog(new PasswordDialog(Services.serverName(url.get())))
                .map(password -> new ServerLogin(url.get(), password));
    }

    /** {@code answered}: true when it answered the failure itself; otherwise its sentence is told. */
    private Task<OpenedLedger> openOffThread(Supplier<OpenedLedger> open, Predicate<Throwable> answered) {
        AtomicReference<Task<OpenedLedger>> started = new AtomicReference<>();
        window.leaveCurrentScreen(() -> started.set(work.run(texts.get("startup.opening"), open::get, host::switchTo, failure -> {
            if (!answered.test(failure)) {
                dialogs.showError(Failures.sentence(failure));
            }
        })));
        return started.get();
    }
}
