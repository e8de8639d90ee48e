package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one lock that keeps several clerks' postings on a PostgreSQL ledger apart: a
 * transaction-level advisory lock on the ledger, taken first by every unit of work that posts (a
 * reimbursement run, a reversal, a payment batch, a bank rejection, a write-off, an import, a
 * voucher), held until it commits or rolls back. Two runs started together therefore run one after
 * the other: the second plans from what the first committed, so no credit is reimbursed twice, no
 * invoice paid twice, a reversal and a payment of the same reimbursement cannot both succeed, and
 * the number sequences stay gapless. Reading (previews, lists, reports) never waits for it.
 *
 * <p>The choice between waiting and refusing: the second clerk waits up to {@link #WAIT} (a run over
 * 100,000 customers takes seconds), then is refused with who holds the lock and since when
 * ({@code server.postingInProgress}), nothing written. On a SQLite file this is nothing: the file
 * has one writer at a time and the single-instance lock keeps other processes out.
 */
final class PostingLock {

    /** The advisory lock's key: "RDESK" in ASCII, so that it does not meet another program's. */
    static final long KEY = 0x52_44_45_53_4BL;
    static final Duration WAIT = Duration.ofSeconds(Long.getLong("desk.postingWaitSeconds", 30));

    private PostingLock() {
    }

    /**
     * Takes the lock for this unit, once; {@code action} says what the unit does, for the clerk who
     * has to wait. Must come before the unit reads what it decides on.
     */
    static void take(Sql sql, String action, Object ledger) {
        if (sql.engine() != Engine.POSTGRESQL) {
            return;
        }
        // What the holder does, in the server's view of this session, until the transaction ends.
        sql.first("SELECT set_config('application_name', ?, true) AS name", row -> row.text("name"),
                "Reimbursement Desk (" + osUser() + "): " + action);
        long deadline = System.nanoTime() + WAIT.toNanos();
        long pause = 20;
        while (!sql.first("SELECT pg_try_advisory_xact_lock(?) AS taken", row -> row.flag("taken"), KEY).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw refusal(sql, ledger);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw refusal(sql, ledger);
            }
            pause = Math.min(pause * 2, 250);
        }
    }

    private static UserException refusal(Sql sql, Object ledger) {
        record Holder(String application, LocalDateTime since) { }
        Holder holder = sql.first("""
                SELECT a.application_name AS application, to_char(a.xact_start, 'YYYY-MM-DD"T"HH24:MI:SS') AS since
                FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1
                LIMIT 1""", row -> new Holder(row.text("application"), row.dateTime("since")),
                (int) (KEY >>> 32), (int) KEY).orElse(new Holder("", null));
        String application = holder.application() == null ? "" : holder.application();
        // "Reimbursement Desk (anna): reimbursement run" -> user anna, action reimbursement run
        String user = application;
        String action = "";
        int open = application.indexOf('(');
        int close = application.indexOf("):");
        if (open >= 0 && close > open) {
            user = application.substring(open + 1, close);
            action = application.substring(close + 2).strip();
        }
        return UserException.in(ServerAddress.BUNDLE, "server.postingInProgress", ledger, action(action), user,
                holder.since() == null ? "" : holder.since().toLocalTime().withNano(0).toString());
    }

    /**
     * What the holder does, in the reader's language: the server keeps the holder's action in
     * English (its application name, which another clerk's program set, whatever language that one
     * speaks), and the Danish window read "En bogføring (reimbursement run) er i gang". An action with
     * a sentence {@code server.action.<action, spaces as _>} is that sentence (a UserException
     * argument is put in the refusal's language); one without (another version's) stays as written.
     */
    static Object action(String english) {
        String key = "server.action." + english.strip().replace(' ', '_');
        if (english.isBlank() || !ResourceBundle.getBundle(ServerAddress.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)).containsKey(key)) {
            return english;
        }
        return UserException.in(ServerAddress.BUNDLE, key);
    }

    static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "?" : user;
    }
}
