package dk.reimbursementdesk.ui.reimbursements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.ui.common.CutTexts;
import dk.reimbursementdesk.ui.common.DialogTestBase;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.Themes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reverse dialog, as the window shows it (Primer theme): a date before the posting date is told
 * whole, and the buttons stay in the dialog. Seen under Xvfb in Danish at 1200x760: the sentence ran
 * past the dialog's right edge and pushed Annuller / Tilbagefør out of its bottom.
 */
class ReversalDialogTest extends DialogTestBase {

    private static final LocalDate POSTED = LocalDate.of(2026, 12, 3);

    @Test
    void aDateBeforeThePostingDateIsToldWholeAndTheButtonsStayInDanish(FxRobot robot) throws Exception {
        assertToldWhole(robot, Locale.forLanguageTag("da-DK"), "01.12.2026");
    }

    @Test
    void aDateBeforeThePostingDateIsToldWholeAndTheButtonsStayInEnglish(FxRobot robot) throws Exception {
        assertToldWhole(robot, Locale.UK, "01/12/2026");
    }

    private void assertToldWhole(FxRobot robot, Locale locale, String before) throws Exception {
        Locale.setDefault(locale);
        robot.interact(() -> Themes.apply(false));
        ReversalViewModel model = new ReversalViewModel(new Row("RB-000008", POSTED, "C0012", "Vestjysk Maskin ApS", "OTV-000005", "DKK",
                new BigDecimal("800.00"), new BigDecimal("800.00"), "V-000034", "RB-000008", ReimbursementStatus.OPEN, 1, null), POSTED);
        Platform.runLater(() -> ReversalView.show(new FxDialogService(stage), model));
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker date = robot.lookup((Node n) -> n instanceof DatePicker).queryAs(DatePicker.class);
        robot.interact(() -> date.getEditor().clear());
        robot.clickOn(date.getEditor()).write(before).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!model.dateErrorProperty().get().isEmpty(), "the date is refused");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = (DialogPane) date.getScene().getRoot();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> CutTexts.inDialog(pane)).get());
    }
}
