package dk.reimbursementdesk.ui.audit;

import dk.reimbursementdesk.service.audit.AuditEntry;
import dk.reimbursementdesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * The Audit log's controller: the page's entries, the selected entry whole under the table (its
 * parameters, selection and full hash, which the columns may cut), paging, and Verify; the entry
 * Verify found broken is marked in the table.
 */
public final class AuditLogView {

    /** Hex characters of the hash the column shows; the detail under the table has all 64. */
    static final int SHORT_HASH = 12;

    private final AuditLogViewModel viewModel;

    @FXML private TextField filterField;
    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, String> idColumn;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> originColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> parametersColumn;
    @FXML private TableColumn<AuditEntry, String> selectionColumn;
    @FXML private TableColumn<AuditEntry, String> countsColumn;
    @FXML private TableColumn<AuditEntry, String> totalsColumn;
    @FXML private TableColumn<AuditEntry, String> createdColumn;
    @FXML private TableColumn<AuditEntry, String> hashColumn;
    @FXML private Label detail;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private Label pageText;
    @FXML private ProgressIndicator working;
    @FXML private Button verifyButton;
    @FXML private Label verification;
    @FXML private Label error;

    public AuditLogView(AuditLogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        table.setItems(viewModel.rows());
        Columns.text(idColumn, e -> Long.toString(e.id()));
        Columns.text(timeColumn, AuditEntry::recordedAt);
        Columns.text(userColumn, AuditEntry::osUser);
        Columns.text(originColumn, AuditEntry::origin);
        Columns.text(actionColumn, AuditEntry::action);
        Columns.text(parametersColumn, AuditEntry::parameters);
        Columns.text(selectionColumn, AuditEntry::selection);
        Columns.text(countsColumn, AuditEntry::counts);
        Columns.text(totalsColumn, AuditEntry::totals);
        Columns.text(createdColumn, AuditEntry::created);
        Columns.text(hashColumn, e -> e.hash() == null || e.hash().length() <= SHORT_HASH ? e.hash() : e.hash().substring(0, SHORT_HASH) + "…");
        table.getColumns().forEach(c -> c.setSortable(false));
        Columns.placeholder(table);
        Label placeholder = new Label();
        // an empty page under a filter says the filter found nothing, not that the log is empty
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.filterProperty().isEmpty())
                .then(AuditLogViewModel.text("audit.empty")).otherwise(AuditLogViewModel.text("audit.page.noneFiltered")));
        table.setPlaceholder(placeholder);
        Columns.detail(table, detail, e -> AuditLogViewModel.text("audit.detail", e.id(), e.recordedAt(), e.osUser(), e.origin(), e.action(),
                e.parameters(), e.selection(), e.counts(), e.totals(), e.created(), e.hash()));
        table.setRowFactory(t -> new BrokenRow(viewModel));
        viewModel.brokenIdProperty().addListener((observable, before, now) -> table.refresh());
        pageText.textProperty().bind(viewModel.pageTextProperty());
        firstButton.disableProperty().bind(viewModel.previousDisabled());
        previousButton.disableProperty().bind(viewModel.previousDisabled());
        nextButton.disableProperty().bind(viewModel.nextDisabled());
        lastButton.disableProperty().bind(viewModel.nextDisabled());
        verifyButton.disableProperty().bind(viewModel.work().workingProperty());
        working.visibleProperty().bind(viewModel.work().workingProperty().or(viewModel.work().loadingProperty()));
        verification.textProperty().bind(viewModel.verificationProperty());
        error.textProperty().bind(viewModel.work().errorProperty());
        for (Label line : new Label[] {verification, error}) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
        }
    }

    /** A row marked {@code broken} while it is the entry Verify found not matching its hash. */
    private static final class BrokenRow extends TableRow<AuditEntry> {
        private final AuditLogViewModel viewModel;

        BrokenRow(AuditLogViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(AuditEntry item, boolean empty) {
            super.updateItem(item, empty);
            boolean broken = !empty && item != null && item.id() == viewModel.brokenIdProperty().get();
            getStyleClass().remove("broken");
            if (broken) {
                getStyleClass().add("broken");
            }
        }
    }

    /** The filter field, for Ctrl+F. */
    TextField filterField() {
        return filterField;
    }

    @FXML private void firstPage() { viewModel.firstPage(); }
    @FXML private void previousPage() { viewModel.previousPage(); }
    @FXML private void nextPage() { viewModel.nextPage(); }
    @FXML private void lastPage() { viewModel.lastPage(); }
    @FXML private void verify() { viewModel.verify(); }
}
