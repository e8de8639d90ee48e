package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.Ledger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ledger's customers, vendors, customer transactions, exchange rates and balances as CSV
 * (RFC 4180, UTF-8, header row). The first columns are exactly those the import reads, so an export
 * imports again unchanged; amounts carry exactly their currency's decimals.
 */
public final class ExportService {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Ledger ledger;

    public ExportService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The header row of each kind, in order; the command line's help and the documentation quote it. */
    public static List<String> columns(ExportKind kind) {
        return switch (kind) {
            case CUSTOMERS -> List.of("account", "name", "group", "currency", "vendor_account", "iban", "bic");
            case VENDORS -> List.of("account", "name", "group", "currency", "iban", "bic", "one_time");
            case TRANSACTIONS -> List.of("customer", "date", "type", "document", "amount", "currency", "open", "due_date");
            case RATES -> List.of("currency", "date", "rate");
            case BALANCES -> List.of("customer", "currency", "balance");
        };
    }

    /** Writes the export to {@code out} (left open) and returns the number of data rows. */
    public int export(ExportKind kind, Writer out) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(connection -> {
            try {
                CSVPrinter printer = new CSVPrinter(out, FORMAT);
                printer.printRecord(columns(kind));
                int rows = write(kind, connection, printer);
                printer.flush();
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * Writes the export to a file, replacing it only once the whole export is written, so a failed
     * export never leaves half a file behind.
     */
    public int exportToFile(ExportKind kind, Path file) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Path parent = target.getParent();
            temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
            int rows;
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16)) {
                rows = export(kind, writer);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw InterchangeText.refusal("export.cannotWrite", target,
                    e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The refusal above already tells the user; a stray temporary file is harmless.
                }
            }
        }
    }

    private static int write(ExportKind kind, Connection c, CSVPrinter printer) throws SQLException, IOException {
        Map<String, Integer> decimals = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, decimals FROM currency"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                decimals.put(rs.getString(1), rs.getInt(2));
            }
        }
        String sql = switch (kind) {
            case CUSTOMERS -> """
                    SELECT c.account, c.name, g.code, c.currency, v.account, c.iban, c.bic
                    FROM customer c JOIN customer_group g ON g.id = c.group_id LEFT JOIN vendor v ON v.id = c.vendor_id
                    ORDER BY c.account, c.id""";
            case VENDORS -> """
                    SELECT v.account, v.name, g.code, v.currency, v.iban, v.bic, v.one_time
                    FROM vendor v JOIN vendor_group g ON g.id = v.group_id ORDER BY v.account, v.id""";
            case TRANSACTIONS -> """
                    SELECT c.account, t.transaction_date, t.type, t.document, abs(t.amount), t.currency,
                           coalesce(o.open_amount, 0), t.due_date
                    FROM customer_transaction t JOIN customer c ON c.id = t.customer_id
                    LEFT JOIN customer_open_item o
                           ON o.customer_id = t.customer_id AND o.currency = t.currency AND o.transaction_id = t.id
                    ORDER BY c.account, t.transaction_date, t.id""";
            case RATES -> "SELECT currency, valid_from, rate FROM exchange_rate ORDER BY currency, valid_from";
            case BALANCES -> """
                    SELECT c.account, o.currency, sum(o.open_amount)
                    FROM customer_open_item o JOIN customer c ON c.id = o.customer_id
                    GROUP BY o.customer_id, o.currency HAVING sum(o.open_amount) <> 0
                    ORDER BY c.account, o.currency""";
        };
        int rows = 0;
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows++;
                switch (kind) {
                    case CUSTOMERS -> printer.printRecord(text(rs, 1), text(rs, 2), text(rs, 3), text(rs, 4),
                            text(rs, 5), text(rs, 6), text(rs, 7));
                    case VENDORS -> printer.printRecord(text(rs, 1), text(rs, 2), text(rs, 3), text(rs, 4),
                            text(rs, 5), text(rs, 6), rs.getBoolean(7) ? "true" : "false");
                    case TRANSACTIONS -> {
                        int d = decimals.get(rs.getString(6));
                        printer.printRecord(text(rs, 1), text(rs, 2), text(rs, 3), text(rs, 4),
                                amount(rs.getLong(5), d), text(rs, 6), amount(rs.getLong(7), d), text(rs, 8));
                    }
                    case RATES -> printer.printRecord(text(rs, 1), text(rs, 2), text(rs, 3));
                    case BALANCES -> printer.printRecord(text(rs, 1), text(rs, 2),
                            amount(rs.getLong(3), decimals.get(rs.getString(2))));
                }
            }
        }
        return rows;
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    private static String amount(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals).toPlainString();
    }
}
