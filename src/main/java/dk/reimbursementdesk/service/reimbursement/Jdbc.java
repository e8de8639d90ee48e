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

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
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
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters.toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
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
