package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.QueryCatalog;
import dk.reimbursementdesk.service.query.QueryField;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.SavedSelectionService;
import dk.reimbursementdesk.service.query.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The query builder's Range tab: rows of field and criteria over the customer fields. Rows on the same
 * field are alternatives (OR), rows on different fields must all hold (AND); {@link Selection} does the
 * combining, and its words are shown live so the user sees how the rows combine before pressing OK.
 */
public final class QueryBuilderViewModel {

    private static final QueryCatalog CATALOG = CustomerQueryFields.CATALOG;

    private final ObservableList<RangeRowViewModel> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.fieldProperty(), row.parsedProperty(), row.errorProperty()});
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
    private final SavedSelectionService saved;
    private final ReadOnlyStringWrapper savedMessage = new ReadOnlyStringWrapper("");

    /** Without saved selections: Save as… and Manage… are not offered. */
    public QueryBuilderViewModel(Selection current) {
        this(current, null);
    }

    /** {@code saved} null: Save as… and Manage… are not offered. */
    public QueryBuilderViewModel(Selection current, SavedSelectionService saved) {
        this.saved = saved;
        for (Selection.Row row : current.rows()) {
            rows.add(new RangeRowViewModel(row.field(), row.criteria().text()));
        }
        rows.addListener((Observable changed) -> describe());
        describe();
    }

    public List<QueryField> fields() {
        return CATALOG.fields();
    }

    public ObservableList<RangeRowViewModel> rows() {
        return rows;
    }

    /** The query in words as it stands, from the rows that are valid so far. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** A new row on the same field as the last one, since alternatives on one field are the common case. */
    public RangeRowViewModel addRow() {
        QueryField field = rows.isEmpty() ? CustomerQueryFields.ACCOUNT : rows.get(rows.size() - 1).fieldProperty().get();
        RangeRowViewModel row = new RangeRowViewModel(field, "");
        rows.add(row);
        return row;
    }

    public void removeRow(RangeRowViewModel row) {
        rows.remove(row);
    }

    /**
     * The selection the rows state, or empty when a row is invalid; every invalid row, empty ones
     * included, then shows its sentence.
     */
    public Optional<Selection> accept() {
        rows.forEach(RangeRowViewModel::validate);
        if (rows.stream().anyMatch(row -> row.criteria().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Selection.of(CATALOG, validRows()));
    }

    /** True when the builder can save selections (Save as…, Manage…). */
    public boolean savesSelections() {
        return saved != null;
    }

    /** What Save as… or Manage… did last, or why it could not: a sentence. */
    public ReadOnlyStringProperty savedMessageProperty() {
        return savedMessage.getReadOnlyProperty();
    }

    /** The saved selections, by name: the names Save as… would replace and Manage… lists. */
    public List<SavedSelection> savedSelections() {
        return saved == null ? List.of() : saved.all();
    }

    /** The manager of the saved selections (Manage…); only when {@link #savesSelections()}. */
    public SavedSelectionsViewModel manage() {
        return new SavedSelectionsViewModel(saved);
    }

    /**
     * What OK in the Save as… dialog would do with the name typed: refused (empty, too long, on two
     * lines), or, for a name taken (any case), replace that selection.
     */
    public OneLineDialog.Check nameCheck(String typed, List<SavedSelection> existing) {
        try {
            String name = SavedSelectionService.checkName(typed);
            return existing.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                    .map(taken -> OneLineDialog.Check.cautioned(ReimbursementTexts.text("query.saveAs.replaceCaution", taken.name()),
                            ReimbursementTexts.text("query.saveAs.replace")))
                    .orElse(OneLineDialog.Check.FINE);
        } catch (UserException refused) {
            return OneLineDialog.Check.refused(refused.getMessage());
        }
    }

    /**
     * Saves {@code selection} under {@code name}, replacing a selection of that name; the sentence says
     * what was saved, or why not. True when saved.
     */
    public boolean save(String name, Selection selection) {
        try {
            SavedSelection stored = saved.replace(name, selection);
            savedMessage.set(ReimbursementTexts.text("query.saveAs.done", stored.name(), selection.describe(Locale.getDefault())));
            return true;
        } catch (UserException refused) {
            savedMessage.set(refused.getMessage());
            return false;
        }
    }

    private List<Selection.Row> validRows() {
        List<Selection.Row> valid = new ArrayList<>();
        for (RangeRowViewModel row : rows) {
            row.criteria().ifPresent(criteria -> valid.add(new Selection.Row(row.fieldProperty().get(), criteria)));
        }
        return valid;
    }

    private void describe() {
        description.set(Selection.of(CATALOG, validRows()).describe(Locale.getDefault()));
    }
}
