package dk.reimbursementdesk.ui.bankstatus;

import dk.reimbursementdesk.service.payment.status.StatusImport.Line;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The FXML controller of the import's result: one row per payment the report matched, in file order. */
final class BankStatusView {

    private final String summary;
    private final List<Line> lines;
    private final Texts texts = BankStatusDialog.texts();

    @FXML private Label statusSummary;
    @FXML private TableView<Line> statusTable;
    @FXML private TableColumn<Line, String> endToEndColumn;
    @FXML private TableColumn<Line, String> statusColumn;
    @FXML private TableColumn<Line, String> reasonColumn;
    @FXML private TableColumn<Line, String> effectColumn;
    @FXML private Label effectDetail;

    BankStatusView(String summary, List<Line> lines) {
        this.summary = summary;
        this.lines = lines;
    }

    @FXML
    private void initialize() {
        statusSummary.setText(summary);
        Columns.number(endToEndColumn, Line::endToEndId);
        Columns.text(statusColumn, Line::status);
        Columns.text(reasonColumn, Line::reason);
        Columns.text(effectColumn, this::effect);
        Columns.detail(statusTable, effectDetail, line -> line.reason().isEmpty() ? effect(line) : line.reason() + ": " + effect(line));
        statusTable.getItems().setAll(lines);
    }

    private String effect(Line line) {
        return texts.format("effect." + line.effect().name(), line.voucher());
    }
}
