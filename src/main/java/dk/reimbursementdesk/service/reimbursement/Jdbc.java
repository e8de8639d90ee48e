package dk.reimbursementdesk.service.reimbursement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The few JDBC shapes the set-based steps use, so each step reads as its SQL. */
final class Jdbc {

    private Jdbc() {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Jdbc.class);

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        } finally {
            trace(start, sql);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } finally {
            trace(start, sql);
        }
    }

    /** Statement timings at DEBUG, for finding the slow step of a large run. */
    static void trace(long start, String sql) {
        if (LOG.isDebugEnabled()) {
            String compact = sql.replaceAll("\\s+", " ");
            LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, compact.substring(0, Math.min(120, compact.length())));
        }
    }

    static long queryLong(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    static void query(Connection c, String sql, List<Object> parameters, RowHandler handler) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters.toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } finally {
            trace(start, sql);
        }
    }

    static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof java.time.LocalDate || p instanceof java.time.LocalDateTime) {
                s.setString(i + 1, p.toString());
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
