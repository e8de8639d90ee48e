package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Table columns over records: a value function instead of PropertyValueFactory's reflection, and
 * amounts and dates drawn in the user's locale (amounts right-aligned). Sorting uses the values, so an
 * amount column sorts by number, not by its text. Every column is at least as wide as its header and,
 * for amounts and dates, as the widest realistic value ({@link ColumnWidths}): amounts are never elided.
 */
public final class Columns {

    private Columns() {
    }

    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        ColumnWidths.atLeast(column);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : Objects.requireNonNullElse(value.apply(cell.getValue()), "")));
    }

    /**
     * An amount with its own scale, right-aligned so that the decimals line up. The cell holds the text the
     * user sees (what a test reads back), and sorting reads the number from it, not the letters.
     */
    public static <S> void amount(TableColumn<S, String> column, Function<S, BigDecimal> value) {
        rightAligned(column, row -> Formats.amount(value.apply(row)));
        ColumnWidths.atLeast(column, ColumnWidths.widestAmount());
        column.setComparator(Comparator.comparing((String text) -> Formats.parseNumber(text).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** An amount followed by its currency ("1.234,50 DKK"), right-aligned. */
    public static <S> void money(TableColumn<S, String> column, Function<S, Money> value) {
        rightAligned(column, row -> Formats.money(value.apply(row)));
        ColumnWidths.atLeast(column, ColumnWidths.widestAmount() + " DKK");
    }

    private static <S> void rightAligned(TableColumn<S, String> column, Function<S, String> text) {
        text(column, text);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.getStyleClass().add("amount");
    }

    /** A date drawn as text in the user's format (for columns of text), as wide as the widest date. */
    public static <S> void dateText(TableColumn<S, String> column, Function<S, LocalDate> value) {
        text(column, row -> Formats.date(value.apply(row)));
        ColumnWidths.atLeast(column, ColumnWidths.widestDate());
    }

    public static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> value) {
        ColumnWidths.atLeast(column, ColumnWidths.widestDate());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : Formats.date(date));
            }
        });
    }

    /** The empty table's text in the user's language (JavaFX's own is English only). */
    public static void placeholder(TableView<?>... tables) {
        Texts texts = Texts.of("i18n.shell");
        for (TableView<?> table : tables) {
            table.setPlaceholder(new Label(texts.get("table.noRows")));
        }
    }

    /**
     * Clicking a header asks the database for the order instead of sorting the page in memory, so the
     * order holds across pages.
     */
    public static <R, C> void sortInDatabase(TableView<R> table, Map<TableColumn<R, ?>, C> columns, BiConsumer<C, Boolean> sort) {
        table.getColumns().forEach(c -> c.setSortable(columns.containsKey(c)));
        Object[] last = new Object[2];
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<R, ?> first = t.getSortOrder().get(0);
                C column = columns.get(first);
                Boolean ascending = first.getSortType() == TableColumn.SortType.ASCENDING;
                // The table also asks to sort when a new page arrives: only a changed order goes to the database.
                if (column != last[0] || !ascending.equals(last[1])) {
                    last[0] = column;
                    last[1] = ascending;
                    sort.accept(column, ascending);
                }
            }
            return true;
        });
    }
}
