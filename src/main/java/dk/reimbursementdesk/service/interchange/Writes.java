package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.service.ledger.Currencies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.Session;

/** The writing half of imports: batched plain JDBC inside the import's one transaction. */
final class Writes {

    /** Statements per JDBC batch: large enough to amortize the calls, small enough to keep memory flat. */
    static final int BATCH = 5_000;

    /** Rows from which rebuilding a table's indexes beats maintaining them row by row. */
    static final long BULK_THRESHOLD = 50_000;

    private Writes() {
    }

    /** Creates the ISO currencies the file names that the ledger lacks, then flushes so plain SQL can refer to them. */
    static void ensureCurrencies(Session session, Collection<String> codes) {
        for (String code : new TreeSet<>(codes)) {
            Currencies.ensure(session, code);
        }
        session.flush();
    }

    /**
     * The id of every group named (keys are NOCASE keys, values the spelling first seen), creating the
     * missing ones with their code as name; the user can rename them later.
     */
    static Map<String, Long> ensureGroups(Connection connection, String table, Map<String, String> codes) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, code FROM " + table);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.put(Fields.fold(rs.getString(2)), rs.getLong(1));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (code, name) VALUES (?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (Map.Entry<String, String> code : codes.entrySet()) {
                if (!ids.containsKey(code.getKey())) {
                    insert.setString(1, code.getValue());
                    insert.setString(2, code.getValue());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids.put(code.getKey(), keys.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    /**
     * For a bulk insert that at least doubles a table: drops the table's indexes and returns the
     * statements that make them again. Building an index once from sorted keys is several times faster
     * than growing it row by row, and SQLite's DDL is transactional, so a refused or failed import
     * rolls the indexes back as they were. Returns nothing to restore (and drops nothing) for small inserts.
     */
    static java.util.List<String> dropIndexesForBulkInsert(Connection connection, String table, long rows) throws SQLException {
        if (rows < BULK_THRESHOLD) {
            return java.util.List.of();
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = count.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > rows) {
                return java.util.List.of();
            }
        }
        java.util.List<String> indexes = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        // Only indexes made by CREATE INDEX have their SQL; those behind UNIQUE constraints stay.
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
        try (java.sql.Statement drop = connection.createStatement()) {
            for (String name : names) {
                drop.execute("DROP INDEX \"" + name + "\"");
            }
        }
        return indexes;
    }

    static void restoreIndexes(Connection connection, java.util.List<String> indexes) throws SQLException {
        try (java.sql.Statement create = connection.createStatement()) {
            for (String sql : indexes) {
                create.execute(sql);
            }
        }
    }
}
