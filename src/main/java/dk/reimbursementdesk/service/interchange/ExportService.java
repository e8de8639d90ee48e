package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.interchange.ExportQueries;
import dk.reimbursementdesk.persistence.interchange.ReferenceQueries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ledger's customers, vendors, customer transactions, exchange rates and balances as CSV
 * (RFC 4180, UTF-8, header row). The first columns are exactly those the import reads, so an export
 * imports again unchanged; amounts carry exactly their currency's decimals. A text cell a spreadsheet
 * would run as a formula is written with a leading quote ({@link SpreadsheetText}).
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
        return ledger.inTransaction(work -> {
            try {
                CSVPrinter printer = new CSVPrinter(out, FORMAT);
                printer.printRecord(columns(kind));
                int rows = write(kind, new ReferenceQueries(work).currencyDecimals(), new ExportQueries(work), printer);
                printer.flush();
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

    private static int write(ExportKind kind, Map<String, Integer> decimals, ExportQueries queries, CSVPrinter printer) {
        int[] rows = {0};
        switch (kind) {
            case CUSTOMERS -> queries.eachCustomer(row -> print(printer, rows, text(row, "account"), text(row, "name"),
                    text(row, "group_code"), text(row, "currency"), text(row, "vendor_account"), text(row, "iban"), text(row, "bic")));
            case VENDORS -> queries.eachVendor(row -> print(printer, rows, text(row, "account"), text(row, "name"),
                    text(row, "group_code"), text(row, "currency"), text(row, "iban"), text(row, "bic"),
                    row.flag("one_time") ? "true" : "false"));
            case TRANSACTIONS -> queries.eachCustomerTransaction(row -> {
                int d = decimals.get(row.text("currency"));
                print(printer, rows, text(row, "customer"), text(row, "transaction_date"), text(row, "type"), text(row, "document"),
                        amount(row.number("amount"), d), text(row, "currency"), amount(row.number("open_amount"), d),
                        text(row, "due_date"));
            });
            case RATES -> queries.eachRate(row -> print(printer, rows, text(row, "currency"), text(row, "valid_from"),
                    text(row, "rate")));
            case BALANCES -> queries.eachBalance(row -> print(printer, rows, text(row, "customer"), text(row, "currency"),
                    amount(row.number("balance"), decimals.get(row.text("currency")))));
        }
        return rows[0];
    }

    private static void print(CSVPrinter printer, int[] rows, Object... values) {
        rows[0]++;
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text column, safe to open in a spreadsheet ({@link SpreadsheetText}); amounts go through {@link #amount}. */
    private static String text(Row row, String column) {
        String value = row.text(column);
        return value == null ? "" : SpreadsheetText.cell(value);
    }

    private static String amount(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals).toPlainString();
    }
}
