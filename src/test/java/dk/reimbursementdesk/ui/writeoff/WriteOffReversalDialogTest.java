package dk.reimbursementdesk.ui.writeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.service.writeoff.SmallCreditService.Row;
import dk.reimbursementdesk.ui.common.CutTexts;
import dk.reimbursementdesk.ui.common.DialogTestBase;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.Themes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Written off &gt; Reverse…, in Danish under the Primer theme: a date before the write-off is told whole, the buttons stay in the dialog. */
class WriteOffReversalDialogTest extends DialogTestBase {

    @Test
    void aDateBeforeTheWriteOffIsToldWholeAndTheButtonsStay(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        robot.interact(() -> Themes.apply(false));
        LocalDate posted = LocalDate.of(2026, 12, 3);
        Row row = new Row("WO-000001", posted, "C0003", "Nordisk Kaffe ApS", "DKK", new BigDecimal("50.00"), new BigDecimal("50.00"),
                LocalDate.of(2026, 9, 25), "V-000040", "OPEN", null);
        Platform.runLater(() -> WriteOffReversalDialog.show(new FxDialogService(stage), row, posted));
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker date = robot.lookup("#reversalDate").queryAs(DatePicker.class);
        robot.interact(() -> date.getEditor().clear());
        robot.clickOn(date.getEditor()).write("01.12.2026").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = (DialogPane) date.getScene().getRoot();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> CutTexts.inDialog(pane)).get());
    }
}
