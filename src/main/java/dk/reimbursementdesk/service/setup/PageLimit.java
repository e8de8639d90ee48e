package dk.reimbursementdesk.service.setup;

/** The page bound of the lists and lookups: a screen gets at least one row and never more than {@link #MAX}. */
final class PageLimit {

    static final int MAX = 1_000;

    private PageLimit() {
    }

    static int of(int requested) {
        return Math.max(1, Math.min(MAX, requested));
    }
}
