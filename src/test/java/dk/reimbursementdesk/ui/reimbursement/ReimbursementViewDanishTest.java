package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.ui.common.FreshStage;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


/** The dialog on a Danish machine: Danish words, amounts and dates in the Danish format. */
@ExtendWith(ApplicationExtension.class)
class ReimbursementViewDanishTest {

    private static final Locale BEFORE = Locale.getDefault();

    private ReimbursementViewModel viewModel;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        // The program's own look, as in the window, before the screen is built: Primer's text is wider than Modena's.
        dk.reimbursementdesk.ui.common.Themes.apply(false);
        viewModel = new ReimbursementViewModel(ReimbursementViewTest.NOT_REACHED, ReimbursementViewTest.TODAY, new FxTaskExecutor());
        FreshStage.clear(stage);
        stage.setScene(new Scene(ReimbursementScreen.screen(viewModel, new FxDialogService(stage)).root(), 1100, 720));
        stage.show();
        FreshStage.fit(stage);
    }

    @AfterEach
    void restoreLocale(FxRobot robot) {
        // a test here sets the stage's size, which TestFX's stage would keep for the next class
        robot.interact(() -> FreshStage.fit(stage));
        robot.interact(dk.reimbursementdesk.ui.common.Themes::reset);
        Locale.setDefault(BEFORE);
    }

    @Test
    void amountsDatesAndWordsAreDanish(FxRobot robot) {
        robot.interact(() -> viewModel.showPreview(ReimbursementViewTest.demoPreview()));

        assertEquals("24.11.2026", robot.lookup("#postingDate").queryAs(DatePicker.class).getEditor().getText());
        assertEquals("Alle debitorer", ReimbursementViewTest.text(robot, "#selectionText"));
        TableView<Proposal> proposals = robot.lookup("#proposals").queryTableView();
        assertEquals(List.of("C0004", "Café Europa GmbH", "EUR", "150,00", "1.117,88", "Ny engangskreditor", "PAY-5004", "150,00"),
                ReimbursementViewTest.cells(proposals, 1));
        assertEquals("I DKK", proposals.getColumns().get(4).getText());
        TableView<Exclusion> exclusions = robot.lookup("#exclusions").queryTableView();
        assertEquals("Under minimum", ReimbursementViewTest.cells(exclusions, 0).get(3));
        assertEquals("I alt: 250,00 DKK; 150,00 EUR (1.367,88 DKK i regnskabsvaluta). 2 forslag, 2 udeladt af 4 valgte "
                + "debitorer; 1 engangskreditor oprettes.", ReimbursementViewTest.text(robot, "#totals"));
    }

    @Test
    void theReasonAForCustomerIsLeftOutIsWholeAtTheScreensInWindowSize(FxRobot robot) throws Exception {
        // The benchmark ledger's longest name: the demo's 'Nordisk Kaffe ApS' was drawn 'Nordisk Kaffe …' in the window.
        Preview demo = ReimbursementViewTest.demoPreview();
        Preview preview = new Preview(List.of(demo.proposals().get(0), new Proposal("C0009", "Bornholms Blomster Holding ApS", "DKK",
                new BigDecimal("120.00"), new BigDecimal("120.00"), null, true, null)),
                List.of(demo.exclusions().get(0), new Exclusion("C0010", "Bornholms Blomster Holding ApS", "DKK",
                        dk.reimbursementdesk.service.reimbursement.ExclusionReason.BELOW_MINIMUM, "The credit balance 5.00 DKK is below the minimum.")),
                demo.totalsByCurrency(), demo.totalAcc(), demo.accountingCurrency(), demo.oneTimeVendorsToCreate(), demo.selectedCustomers(),
                demo.minimumByCurrency());
        robot.interact(() -> viewModel.showPreview(preview));
        // What the screen gets in the window at 1200x760: less the tree, the menu and the status bar.
        robot.interact(() -> {
            robot.window(0).setWidth(930);
            robot.window(0).setHeight(690);
        });
        TableView<Proposal> proposals = robot.lookup("#proposals").queryTableView();
        assertEquals(List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(() -> dk.reimbursementdesk.ui.common.CutTexts.in(proposals)).get());
        TableView<Exclusion> exclusions = robot.lookup("#exclusions").queryTableView();
        // Seen under Xvfb: 'Under minim…'. The explanation may be cut: it is whole in its tooltip and under the table.
        assertEquals(List.of(), org.testfx.util.WaitForAsyncUtils.asyncFx(() -> dk.reimbursementdesk.ui.common.CutTexts.in(exclusions,
                dk.reimbursementdesk.ui.common.CutTexts.cellOf(exclusions.getColumns().get(4)))).get());
    }
}
