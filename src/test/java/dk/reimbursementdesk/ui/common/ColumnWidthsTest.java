package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.customer.CustomersScreen;
import java.nio.file.Path;
import java.util.Locale;
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
