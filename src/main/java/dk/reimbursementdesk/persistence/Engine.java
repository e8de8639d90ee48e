package dk.reimbursementdesk.persistence;

/**
 * The database a ledger lives in: a SQLite file on one desk (the default), or a PostgreSQL database
 * that several clerks share. Chosen once when the ledger opens; a store whose SQL differs between
 * the two asks its {@link Sql#engine()} and keeps both statements side by side, so the reader sees
 * at one glance what each engine runs. Most statements are the same on both.
 */
public enum Engine {
    SQLITE,
    POSTGRESQL;

    /** The Flyway locations of this engine: the migrations both share, then its own. */
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + folder()};
    }

    /** The folder under {@code db/migration} with this engine's own migrations. */
    String folder() {
        return this == SQLITE ? "sqlite" : "postgresql";
    }
}
