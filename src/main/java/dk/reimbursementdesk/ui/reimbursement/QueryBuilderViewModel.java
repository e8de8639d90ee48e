package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.QueryCatalog;
import dk.reimbursementdesk.service.query.QueryField;
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

    public QueryBuilderViewModel(Selection current) {
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
