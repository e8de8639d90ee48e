package dk.reimbursementdesk.persistence;

import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The ledger's data source for a caller that only reads ({@link Ledger#openForReading}): every
 * connection is {@code PRAGMA query_only}, so SQLite itself refuses any write, whatever a use case
 * tries. sqlite-jdbc's configuration has no setting for that pragma, hence the subclass.
 */
final class QueryOnlyDataSource extends SQLiteDataSource {

    private QueryOnlyDataSource(SQLiteDataSource configured) {
        super(configured.getConfig());
        setUrl(configured.getUrl());
    }

    static QueryOnlyDataSource of(SQLiteDataSource configured) {
        return new QueryOnlyDataSource(configured);
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        SQLiteConnection connection = super.getConnection(username, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = 1");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
