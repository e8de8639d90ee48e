package dk.reimbursementdesk.service.audit;

import java.util.function.Supplier;

/**
 * Where a unit of work came from, for its audit entry: the command line as typed
 * ({@code command reimburse --date 2026-11-30}) or the screen it was started from
 * ({@code screen Reimbursement}). Set where the request enters the program, so that no use case's
 * signature has to carry it: the command line sets it for the command it runs, the main window
 * whenever it shows a screen, and the window's task executor hands the origin a task was started
 * with to the worker thread that runs it ({@link #during}).
 */
public final class AuditOrigin {

    /** What a unit records when nobody said where it came from (a test, a tool). */
    public static final String UNKNOWN = "unknown";

    private static volatile String standing = UNKNOWN;
    private static final ThreadLocal<String> OWN = new ThreadLocal<>();

    private AuditOrigin() {
    }

    /** This thread's origin: the one {@link #during} set, else the process's standing one. */
    public static String current() {
        String own = OWN.get();
        return own != null ? own : standing;
    }

    /** The process's origin from now on (the command being run, the screen showing); returns the one before. */
    public static String setStanding(String origin) {
        String before = standing;
        standing = origin == null || origin.isBlank() ? UNKNOWN : origin;
        return before;
    }

    public static String command(String commandLine) {
        return "command " + commandLine;
    }

    public static String screen(String name) {
        return "screen " + name;
    }

    /** Runs {@code work} on this thread with {@code origin}, then puts back what was there. */
    public static <T> T during(String origin, Supplier<T> work) {
        String before = OWN.get();
        OWN.set(origin);
        try {
            return work.get();
        } finally {
            if (before == null) {
                OWN.remove();
            } else {
                OWN.set(before);
            }
        }
    }

    public static void during(String origin, Runnable work) {
        during(origin, () -> {
            work.run();
            return null;
        });
    }
}
