package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.QueryField;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One Field | Criteria row of the query builder. The criteria is parsed as the user types, so a bad entry
 * is marked at its row with the parser's sentence. A row left empty is not marked until the user tries to
 * accept the query: a freshly added row should not greet the user with an error.
 */
public final class RangeRowViewModel {

    private final ObjectProperty<QueryField> field = new SimpleObjectProperty<>();
    private final StringProperty criteria = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Criteria> parsed = new ReadOnlyObjectWrapper<>();
    private boolean checkBlank;

    public RangeRowViewModel(QueryField field, String criteria) {
        this.field.set(field);
        this.criteria.set(criteria == null ? "" : criteria);
        this.criteria.addListener((observable, before, now) -> reparse());
        reparse();
    }

    public ObjectProperty<QueryField> fieldProperty() {
        return field;
    }

    public StringProperty criteriaProperty() {
        return criteria;
    }

    /** The sentence saying what is wrong with the criteria; empty when the row is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The parsed criteria, when the row is valid. */
    public Optional<Criteria> criteria() {
        return Optional.ofNullable(parsed.get());
    }

    /**
     * The parsed criteria as it changes; null while invalid. Listen to this rather than to the text, which
     * notifies its invalidation listeners before this row has parsed the new text.
     */
    public ReadOnlyObjectProperty<Criteria> parsedProperty() {
        return parsed.getReadOnlyProperty();
    }

    /** Marks an empty row too: called when the user accepts the query. */
    void validate() {
        checkBlank = true;
        reparse();
    }

    private void reparse() {
        String text = criteria.get();
        try {
            Criteria criteria = Criteria.parse(text);
            parsed.set(criteria);
            error.set("");
        } catch (UserException refusal) {
            parsed.set(null);
            boolean blank = text == null || text.isBlank();
            error.set(blank && !checkBlank ? "" : refusal.getMessage());
        }
    }
}
