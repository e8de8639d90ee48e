package dk.reimbursementdesk.ui.setup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Table columns over plain records: text, locale-formatted amounts, and sorting done by the database. */
public final class TableColumns {

    private TableColumns() {
    }

    /** The empty table's text in the user's language (JavaFX's own is English only). */
    public static void placeholder(TableView<?>... tables) {
        for (TableView<?> table : tables) {
            table.setPlaceholder(new javafx.scene.control.Label(SetupUi.text("common.noRows")));
        }
    }

    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "" : value.apply(cell.getValue())));
    }

    public static <R> void amount(TableColumn<R, String> column, Function<R, BigDecimal> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(LocaleNumbers.format(value.apply(cell.getValue()))));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
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
