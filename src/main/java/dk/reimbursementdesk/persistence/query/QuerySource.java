package dk.reimbursementdesk.persistence.query;

/**
 * The tables a field catalogue selects from: the aliases here ({@code c}, {@code cg}, {@code v},
 * {@code vg}) are the ones the catalogue's field columns name.
 */
public enum QuerySource {
    CUSTOMERS("customer c JOIN customer_group cg ON cg.id = c.group_id LEFT JOIN vendor v ON v.id = c.vendor_id"),
    VENDORS("vendor v JOIN vendor_group vg ON vg.id = v.group_id");

    private final String from;

    QuerySource(String from) {
        this.from = from;
    }

    /** The tables and joins, without the word FROM. */
    public String from() {
        return from;
    }
}
