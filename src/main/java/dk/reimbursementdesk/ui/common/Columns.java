package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Table columns over records: a value function instead of PropertyValueFactory's reflection, and
 * amounts and dates drawn in the user's locale (amounts right-aligned). Sorting uses the values, so an
 * amount column sorts by number, not by its text. Every column is at least as wide as its header and,
 * for amounts and dates, as the widest realistic value ({@link ColumnWidths}): amounts are never elided.
 */
public final class Columns {

    private Columns() {
    }

    /**
     * Text that may be longer than its column (a name, a sentence): a cut cell still tells its whole
     * text in a tooltip, so nothing a clerk needs is only "…".
     */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        values(column, value);
        column.setCellFactory(c -> new WholeTextCell<>());
    }

    /** An account, voucher or document number ("OTV-000123"): as wide as the widest such number, never cut. */
    public static <S> void number(TableColumn<S, String> column, Function<S, String> value) {
        text(column, value);
        ColumnWidths.atLeast(column, ColumnWidths.widestNumber());
    }

    /**
     * A customer's or vendor's name where no form beside the list shows it whole: as wide as a long
     * name in practice; a longer one is cut and tells itself in its tooltip.
     */
    public static <S> void name(TableColumn<S, String> column, Function<S, String> value) {
        text(column, value);
        ColumnWidths.atLeast(column, ColumnWidths.widestName());
    }

    /** A group's code ("WHOLESALE"): as wide as the widest such code, never cut. */
    public static <S> void code(TableColumn<S, String> column, Function<S, String> value) {
        text(column, value);
        ColumnWidths.atLeast(column, ColumnWidths.widestCode());
    }

    /**
     * A text chosen from a bundle's {@code keys} (a status, a kind): as wide as the longest of them in
     * every language of the program, so switching to Danish cuts no "Tilbageført".
     */
    public static <S> void choice(TableColumn<S, String> column, Function<S, String> value, String bundle, String... keys) {
        text(column, value);
        ColumnWidths.atLeast(column, ColumnWidths.inEveryLanguage(bundle, keys));
    }

    /**
     * Shows the selected row's long text (a description, the reason a row is left out) whole in
     * {@code detail}, wrapped, under the table: the column may cut it, the detail area never does.
     */
    public static <S> void detail(TableView<S> table, Label detail, Function<S, String> value) {
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            S row = table.getSelectionModel().getSelectedItem();
            return row == null ? "" : Objects.requireNonNullElse(value.apply(row), "");
        }, table.getSelectionModel().selectedItemProperty()));
    }

    private static <S> void values(TableColumn<S, String> column, Function<S, String> value) {
        ColumnWidths.atLeast(column);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "" : Objects.requireNonNullElse(value.apply(cell.getValue()), "")));
    }

    /** A text cell whose tooltip holds the whole text, for when the column is narrower than it. */
    private static final class WholeTextCell<S> extends TableCell<S, String> {
        private final Tooltip whole = new Tooltip();

        WholeTextCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(600);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            whole.setText(item);
            setTooltip(empty || item == null || item.isEmpty() ? null : whole);
        }
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
        values(column, text);
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
        values(column, row -> Formats.date(value.apply(row)));
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
