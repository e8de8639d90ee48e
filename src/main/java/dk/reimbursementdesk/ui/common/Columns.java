package dk.reimbursementdesk.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Table columns over records: a value function instead of PropertyValueFactory's reflection, and
 * amounts and dates drawn in the user's locale (amounts right-aligned). Sorting uses the values, so an
 * amount column sorts by number, not by its text.
 */
public final class Columns {

    private Columns() {
    }

    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    public static <S> void amount(TableColumn<S, BigDecimal> column, Function<S, BigDecimal> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal amount, boolean empty) {
                super.updateItem(amount, empty);
                setText(empty || amount == null ? null : Formats.amount(amount));
            }
        });
        column.getStyleClass().add("amount");
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    public static <S> void date(TableColumn<S, LocalDate> column, Function<S, LocalDate> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : Formats.date(date));
            }
        });
    }
}
