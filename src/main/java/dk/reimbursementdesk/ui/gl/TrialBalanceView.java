package dk.reimbursementdesk.ui.gl;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.ReportPrinter;
import java.time.LocalDate;
import javafx.scene.control.Button;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.gl.TrialBalanceViewModel.Line;
import java.time.Clock;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Trial balance (read-only): per account debit, credit and balance as of a date, and the totals. */
public final class TrialBalanceView implements Screen {

    private final TrialBalanceViewModel viewModel;
    private final ReportPrinter printer;
    private Parent root;

    @FXML private DatePicker asOfPicker;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<Line> table;
    @FXML private TableColumn<Line, String> numberColumn;
    @FXML private TableColumn<Line, String> nameColumn;
    @FXML private TableColumn<Line, String> debitColumn;
    @FXML private TableColumn<Line, String> creditColumn;
    @FXML private TableColumn<Line, String> balanceColumn;
    @FXML private Button printButton;
    @FXML private Label printedLabel;

    public TrialBalanceView(TrialBalanceViewModel viewModel, ReportPrinter printer) {
        this.viewModel = viewModel;
        this.printer = printer;
    }

    /** The ScreenFactory of this screen. */
    public static Screen open(ScreenContext context) {
        TrialBalanceView view = new TrialBalanceView(new TrialBalanceViewModel(context.services().generalLedger(),
                Clock.systemDefaultZone(), context.tasks()), context.printer());
        view.root = Fxml.load(TrialBalanceView.class, "TrialBalance.fxml", Texts.of("i18n.gl").bundle(), view);
        view.viewModel.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        DateField.attach(asOfPicker, viewModel.dateUnreadableProperty());
        asOfPicker.valueProperty().bindBidirectional(viewModel.asOfProperty());
        asOfPicker.valueProperty().addListener((obs, old, date) -> viewModel.refresh());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Columns.number(numberColumn, Line::accountNumber);
        Columns.text(nameColumn, Line::accountName);
        Columns.amount(debitColumn, Line::debit);
        Columns.amount(creditColumn, Line::credit);
        Columns.amount(balanceColumn, Line::balance);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("total-row");
                if (!empty && line != null && line.total()) {
                    getStyleClass().add("total-row");
                }
            }
        });
        // the totals line belongs at the bottom whatever the user sorts by
        table.setSortPolicy(t -> false);
        table.setItems(viewModel.lines());
        printButton.setText(ReportPrinter.text("print.trialBalance"));
        printButton.disableProperty().bind(viewModel.asOfProperty().isNull());
        printedLabel.managedProperty().bind(printedLabel.textProperty().isNotEmpty());
    }

    @FXML
    private void printReport() {
        print();
    }

    /** Print… and Ctrl+P: the trial balance as of the chosen date. */
    @Override
    public boolean print() {
        LocalDate asOf = viewModel.asOfProperty().get();
        if (asOf == null) {
            return false;
        }
        printer.printTrialBalance(asOf, printedLabel::setText);
        return true;
    }

    /** The Refresh button and F5. */
    @Override
    @FXML
    public boolean refresh() {
        viewModel.refresh();
        return true;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void close() {
        viewModel.close();
    }
}
