package dk.reimbursementdesk.ui.gl;

import dk.reimbursementdesk.service.gl.VoucherLineRow;
import dk.reimbursementdesk.service.gl.VoucherRow;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Vouchers (read-only): the paged, filtered list and the selected voucher's lines. */
public final class VouchersView implements Screen {

    private final VouchersViewModel viewModel;
    private final FormValidation validation = new FormValidation();
    private Parent root;

    @FXML private TextField filterField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label errorLabel;
    @FXML private Label descriptionDetail;
    @FXML private Label pageLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private TableView<VoucherRow> voucherTable;
    @FXML private TableColumn<VoucherRow, String> numberColumn;
    @FXML private TableColumn<VoucherRow, LocalDate> dateColumn;
    @FXML private TableColumn<VoucherRow, String> descriptionColumn;
    @FXML private TableColumn<VoucherRow, String> totalColumn;
    @FXML private TableColumn<VoucherRow, String> reversesColumn;
    @FXML private TableView<VoucherLineRow> lineTable;
    @FXML private TableColumn<VoucherLineRow, String> accountColumn;
    @FXML private TableColumn<VoucherLineRow, String> accountNameColumn;
    @FXML private TableColumn<VoucherLineRow, String> debitColumn;
    @FXML private TableColumn<VoucherLineRow, String> creditColumn;
    @FXML private TableColumn<VoucherLineRow, String> currencyColumn;
    @FXML private TableColumn<VoucherLineRow, String> amountColumn;
    @FXML private TableColumn<VoucherLineRow, String> lineTextColumn;

    public VouchersView(VouchersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The ScreenFactory of this screen. */
    public static Screen open(ScreenContext context) {
        VouchersView view = new VouchersView(new VouchersViewModel(context.services().generalLedger(), context.tasks()));
        view.root = Fxml.load(VouchersView.class, "Vouchers.fxml", Texts.of("i18n.gl").bundle(), view);
        view.viewModel.search();
        return view;
    }

    @Override
    public boolean focusFilter() {
        return Screen.focus(filterField);
    }

    @Override
    public boolean refresh() {
        viewModel.search();
        return true;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        DateField.attach(fromPicker, viewModel.fromUnreadableProperty());
        DateField.attach(toPicker, viewModel.toUnreadableProperty());
        fromPicker.getEditor().textProperty().bindBidirectional(viewModel.fromTextProperty());
        toPicker.getEditor().textProperty().bindBidirectional(viewModel.toTextProperty());
        validation.watch(fromPicker, Bindings.createStringBinding(() -> blankAsNone(viewModel.fromErrorProperty().get()),
                viewModel.fromErrorProperty()));
        validation.watch(toPicker, Bindings.createStringBinding(() -> blankAsNone(viewModel.toErrorProperty().get()),
                viewModel.toErrorProperty()));
        errorLabel.textProperty().bind(viewModel.errorProperty());
        pageLabel.textProperty().bind(viewModel.pageTextProperty());
        previousButton.disableProperty().bind(viewModel.hasPreviousProperty().not());
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Columns.number(numberColumn, VoucherRow::number);
        Columns.date(dateColumn, VoucherRow::postingDate);
        Columns.text(descriptionColumn, VoucherRow::description);
        Columns.amount(totalColumn, VoucherRow::totalDebit);
        Columns.number(reversesColumn, VoucherRow::reversesNumber);
        voucherTable.setItems(viewModel.vouchers());
        Columns.detail(voucherTable, descriptionDetail, VoucherRow::description);
        voucherTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedProperty().set(row));

        Columns.number(accountColumn, VoucherLineRow::accountNumber);
        Columns.text(accountNameColumn, VoucherLineRow::accountName);
        Columns.amount(debitColumn, line -> zeroAsBlank(line.debit()));
        Columns.amount(creditColumn, line -> zeroAsBlank(line.credit()));
        Columns.text(currencyColumn, VoucherLineRow::currency);
        Columns.amount(amountColumn, VoucherLineRow::amount);
        Columns.text(lineTextColumn, VoucherLineRow::description);
        lineTable.setItems(viewModel.lines());
    }

    // An accountant reads an empty debit cell faster than a 0,00 beside the real credit.
    private static BigDecimal zeroAsBlank(BigDecimal amount) {
        return amount.signum() == 0 ? null : amount;
    }

    private static String blankAsNone(String sentence) {
        return sentence.isEmpty() ? null : sentence;
    }

    @FXML
    private void search() {
        if (!viewModel.dateErrorProperty().get().isEmpty()) {
            validation.revealAll();
        }
        viewModel.search();
    }

    @FXML
    private void clearFilter() {
        fromPicker.setValue(null);
        toPicker.setValue(null);
        viewModel.clearFilter();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
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
