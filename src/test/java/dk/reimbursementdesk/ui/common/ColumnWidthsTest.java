package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.service.gl.VoucherRow;
import dk.reimbursementdesk.ui.customer.CustomersScreen;
import dk.reimbursementdesk.ui.gl.VouchersView;
import dk.reimbursementdesk.ui.reimbursements.ReimbursementListScreen;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** No column is narrower than its header, and an amount column holds -999.999.999,99 whole, in Danish. */
@ExtendWith(ApplicationExtension.class)
class ColumnWidthsTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Stage stage;
    Screen screen;
    final Locale previous = Locale.getDefault();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void tearDown() throws Exception {
        ScreenHarness.close(screen);
        ledger.close();
        Locale.setDefault(previous);
    }

    @Test
    void theStatusColumnHoldsTheLongestStatusOfBothLanguagesInEnglish(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.UK);
        ledger = TestLedgers.demo(dir);
        screen = ScreenHarness.show(stage, new ReimbursementListScreen(), new Services(ledger));
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        TableColumn<?, ?> status = column(table, "Status");
        // "Tilbageført" (Danish) is wider than any English status: a clerk switching language cuts nothing.
        // Sized from the statuses themselves (with a cell's padding), not only from the short header.
        assertTrue(status.getMinWidth() >= ColumnWidths.textWidth("Tilbageført", false) + ColumnWidths.PADDING, "min " + status.getMinWidth());
        assertTrue(status.getMinWidth() >= ColumnWidths.textWidth("Reversed", false) + ColumnWidths.PADDING, "min " + status.getMinWidth());
    }

    @Test
    void numberColumnsHoldTheWidestNumberAndALongDescriptionIsWholeInItsTooltipAndTheDetailArea(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.UK);
        ledger = TestLedgers.demo(dir);
        screen = ScreenHarness.show(stage, VouchersView::open, new Services(ledger));
        ScreenHarness.waitUntil(() -> !robot.lookup("#voucherTable").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<VoucherRow> vouchers = robot.lookup("#voucherTable").queryAs(TableView.class);
        double widest = ColumnWidths.textWidth("OTV-0000000", false);
        assertTrue(column(vouchers, "Number").getMinWidth() >= widest, "voucher min " + column(vouchers, "Number").getMinWidth());
        TableView<?> lines = robot.lookup("#lineTable").queryAs(TableView.class);
        assertTrue(lines.getColumns().get(0).getMinWidth() >= widest, "account min " + lines.getColumns().get(0).getMinWidth());

        VoucherRow first = vouchers.getItems().get(0);
        TableCell<?, ?> cell = robot.lookup("#voucherTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> first.description().equals(c.getText())).findFirst().orElseThrow();
        assertNotNull(cell.getTooltip(), "a description cell tells its whole text on hover");
        assertEquals(first.description(), cell.getTooltip().getText());

        Label detail = robot.lookup("#descriptionDetail").queryAs(Label.class);
        assertFalse(detail.isVisible(), "nothing selected, no detail");
        robot.interact(() -> vouchers.getSelectionModel().select(0));
        assertEquals(first.description(), detail.getText());
        assertTrue(detail.isWrapText());
    }

    private static TableColumn<?, ?> column(TableView<?> table, String header) {
        return table.getColumns().stream().filter(c -> header.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + header + " in " + table.getColumns().stream().map(TableColumn::getText).toList()));
    }

    @Test
    void everyColumnOfTheCustomerScreenHoldsItsHeaderAndTheWidestAmount(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        ledger = TestLedgers.demo(dir);
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger));
        for (String id : new String[] {"#customerTable", "#openTable"}) {
            TableView<?> table = robot.lookup(id).queryAs(TableView.class);
            for (TableColumn<?, ?> column : table.getColumns()) {
                assertTrue(column.getMinWidth() >= ColumnWidths.textWidth(column.getText(), true),
                        id + " " + column.getText() + ": min " + column.getMinWidth());
            }
        }
        TableView<?> open = robot.lookup("#openTable").queryAs(TableView.class);
        TableColumn<?, ?> amount = open.getColumns().stream().filter(c -> c.getStyleClass().contains("amount")).findFirst().orElseThrow();
        assertTrue(amount.getMinWidth() >= ColumnWidths.textWidth("-999.999.999,99", false), "min " + amount.getMinWidth());
    }
}
