package dk.reimbursementdesk.service.setup;

/** Pieces shared by the paged list queries: a quick filter as a LIKE pattern, and page bounds. */
final class ListQueries {

    static final int MAX_PAGE = 1_000;

    private ListQueries() {
    }

    /** A contains-pattern with LIKE's wildcards escaped, so a typed % or _ matches itself. */
    static String containsPattern(String filter) {
        String text = filter == null ? "" : filter.trim();
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static int limit(int requested) {
        return Math.max(1, Math.min(MAX_PAGE, requested));
    }
}
