package dk.reimbursementdesk.ui.writeoff;

import dk.reimbursementdesk.service.writeoff.AgeBucket;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.Row;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.SmallCredit;
import dk.reimbursementdesk.ui.common.Columns;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FormValidation;
import dk.reimbursementdesk.ui.common.ScreenWork;
import dk.reimbursementdesk.ui.reimbursement.QueryBuilderDialog;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * Accounts receivable &gt; Small credits, the FXML controller of both tabs: the small credits on a date
 * (filters, the customers through the query builder, rows chosen with the table's multiple selection,
 * Export… and Write off…) and the write-offs posted (Export… and Reverse…).
 */
public final class SmallCreditsView {

    private final SmallCreditsViewModel credits;
    private final WrittenOffViewModel written;
    private final DialogService dialogs;
    private final FormValidation validation = new FormValidation();

    @FXML private TabPane tabs;
    @FXML private Tab writtenTab;
    @FXML private DatePicker datePicker;
    @FXML private Label belowLabel;
    @FXML private TextField belowField;
    @FXML private TextField olderThanField;
    @FXML private ProgressIndicator loading;
    @FXML private Label selectionText;
    @FXML private Button selectButton;
    @FXML private TableView<SmallCredit> creditTable;
    @FXML private TableColumn<SmallCredit, String> customerColumn;
    @FXML private TableColumn<SmallCredit, String> nameColumn;
    @FXML private TableColumn<SmallCredit, String> currencyColumn;
    @FXML private TableColumn<SmallCredit, String> creditColumn;
    @FXML private TableColumn<SmallCredit, String> creditAccColumn;
    @FXML private TableColumn<SmallCredit, String> oldestColumn;
    @FXML private TableColumn<SmallCredit, String> ageColumn;
    @FXML private TableColumn<SmallCredit, String> bucketColumn;
    @FXML private Label summary;
    @FXML private ProgressIndicator working;
    @FXML private Button exportButton;
    @FXML private Button writeOffButton;
    @FXML private Label creditsError;
    @FXML private Label creditsMessage;

    @FXML private TableView<Row> writtenTable;
    @FXML private TableColumn<Row, String> numberColumn;
    @FXML private TableColumn<Row, String> dateColumn;
    @FXML private TableColumn<Row, String> writtenCustomerColumn;
    @FXML private TableColumn<Row, String> writtenNameColumn;
    @FXML private TableColumn<Row, String> writtenCurrencyColumn;
    @FXML private TableColumn<Row, String> amountColumn;
    @FXML private TableColumn<Row, String> amountAccColumn;
    @FXML private TableColumn<Row, String> writtenOldestColumn;
    @FXML private TableColumn<Row, String> voucherColumn;
    @FXML private TableColumn<Row, String> statusColumn;
    @FXML private TableColumn<Row, String> reversalColumn;
    @FXML private Label reverseHint;
    @FXML private ProgressIndicator writtenWorking;
    @FXML private Button writtenExportButton;
    @FXML private Button reverseButton;
    @FXML private Label writtenError;
    @FXML private Label writtenMessage;

    public SmallCreditsView(SmallCreditsViewModel credits, WrittenOffViewModel written, DialogService dialogs) {
        this.credits = credits;
        this.written = written;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindCredits();
        bindWritten();
        Columns.placeholder(creditTable, writtenTable);
        for (TableColumn<?, String> column : List.of(creditAccColumn, amountAccColumn)) {
            column.textProperty().bind(credits.accountingCurrencyProperty().map(c -> WriteOffTexts.text("column.creditAcc", c)));
        }
        creditTable.setPlaceholder(new Label(WriteOffTexts.text("small.empty")));
        writtenTable.setPlaceholder(new Label(WriteOffTexts.text("written.empty")));
        writtenTab.selectedProperty().addListener((observable, was, now) -> {
            if (now) {
                written.load();
            }
        });
    }

    private void bindFilters() {
        DateField.attach(datePicker, credits.dateUnreadableProperty());
        datePicker.valueProperty().bindBidirectional(credits.dateProperty());
        belowLabel.setText(WriteOffTexts.text("small.below"));
        belowField.textProperty().bindBidirectional(credits.belowTextProperty());
        belowField.promptTextProperty().bind(credits.belowPromptProperty());
        olderThanField.textProperty().bindBidirectional(credits.olderThanTextProperty());
        for (TextField field : List.of(belowField, olderThanField)) {
            field.setOnAction(event -> credits.search());
        }
        validation.watch(datePicker, credits.dateErrorProperty());
        validation.watch(belowField, credits.belowErrorProperty());
        validation.watch(olderThanField, credits.olderThanErrorProperty());
        selectionText.textProperty().bind(credits.selectionTextProperty());
        loading.visibleProperty().bind(credits.work().loadingProperty());
    }

    private void bindCredits() {
        creditTable.setItems(credits.credits());
        creditTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        creditTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SmallCredit>) change ->
                credits.chosen().setAll(creditTable.getSelectionModel().getSelectedItems()));
        Columns.number(customerColumn, SmallCredit::customer);
        Columns.name(nameColumn, SmallCredit::name);
        Columns.text(currencyColumn, SmallCredit::currency);
        Columns.amount(creditColumn, SmallCredit::credit);
        Columns.amount(creditAccColumn, SmallCredit::creditAcc);
        Columns.dateText(oldestColumn, SmallCredit::oldestCredit);
        Columns.text(ageColumn, c -> Long.toString(c.ageDays()));
        Columns.choice(bucketColumn, c -> WriteOffTexts.text("bucket." + c.bucket().name()), WriteOffTexts.BUNDLE,
                Arrays.stream(AgeBucket.values()).map(b -> "bucket." + b.name()).toArray(String[]::new));
        summary.textProperty().bind(credits.summaryProperty());
        writeOffButton.disableProperty().bind(credits.writeOffDisabled());
        exportButton.disableProperty().bind(credits.work().workingProperty().or(
                javafx.beans.binding.Bindings.isEmpty(credits.credits())));
        statusLines(credits.work(), working, creditsError, creditsMessage);
    }

    private void bindWritten() {
        writtenTable.setItems(written.rows());
        writtenTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> written.selectedProperty().set(now));
        written.selectedProperty().addListener((observable, before, now) -> {
            if (now != writtenTable.getSelectionModel().getSelectedItem()) {
                writtenTable.getSelectionModel().select(now);
            }
        });
        Columns.number(numberColumn, Row::number);
        Columns.dateText(dateColumn, Row::postingDate);
        Columns.number(writtenCustomerColumn, Row::customer);
        Columns.name(writtenNameColumn, Row::customerName);
        Columns.text(writtenCurrencyColumn, Row::currency);
        Columns.amount(amountColumn, Row::amount);
        Columns.amount(amountAccColumn, Row::amountAcc);
        Columns.dateText(writtenOldestColumn, Row::oldestCredit);
        Columns.number(voucherColumn, Row::voucher);
        Columns.choice(statusColumn, r -> WriteOffTexts.text("status." + r.status()), WriteOffTexts.BUNDLE, "status.OPEN", "status.REVERSED");
        Columns.number(reversalColumn, Row::reversalVoucher);
        reverseButton.disableProperty().bind(written.reverseDisabled());
        reverseHint.textProperty().bind(written.reverseHint());
        writtenExportButton.disableProperty().bind(written.work().workingProperty().or(
                javafx.beans.binding.Bindings.isEmpty(written.rows())));
        statusLines(written.work(), writtenWorking, writtenError, writtenMessage);
    }

    /** A tab's progress while it writes, its failure and its last message; a line without text takes no room. */
    private static void statusLines(ScreenWork work, ProgressIndicator progress, Label error, Label message) {
        progress.visibleProperty().bind(work.workingProperty());
        error.textProperty().bind(work.errorProperty());
        message.textProperty().bind(work.messageProperty());
        for (Label line : new Label[] {error, message}) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
        }
    }

    /**
     * Ctrl+F: the Below field, the list's first filter, on the Small credits tab (turned to if the
     * Written off tab shows, which has no filter).
     */
    boolean focusFilter() {
        tabs.getSelectionModel().select(0);
        return dk.reimbursementdesk.ui.Screen.focus(belowField);
    }

    /** F5: the small credits on the filters again, and the write-offs when their tab shows. */
    void refresh() {
        credits.search();
        if (writtenTab.isSelected()) {
            written.load();
        }
    }

    @FXML
    private void select() {
        QueryBuilderDialog.show(selectButton.getScene().getWindow(), credits.selectionProperty().get())
                .ifPresent(credits.selectionProperty()::set);
    }

    @FXML
    private void export() {
        dialogs.chooseFileToSave(WriteOffTexts.text("small.export.title"), WriteOffTexts.text("small.export.fileName"), csvFiles())
                .ifPresent(credits::exportCsv);
    }

    @FXML
    private void writeOff() {
        credits.writeOff();
    }

    @FXML
    private void exportWritten() {
        dialogs.chooseFileToSave(WriteOffTexts.text("written.export.title"), WriteOffTexts.text("written.export.fileName"), csvFiles())
                .ifPresent(written::exportCsv);
    }

    @FXML
    private void reverse() {
        Row row = written.selectedProperty().get();
        if (row != null) {
            WriteOffReversalDialog.show(dialogs, row, written.today()).ifPresent(written::reverse);
        }
    }

    private static List<ExtensionFilter> csvFiles() {
        return List.of(new ExtensionFilter(WriteOffTexts.text("csv.filter"), "*.csv"));
    }
}
