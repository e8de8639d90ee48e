package dk.reimbursementdesk.persistence.query;

import dk.reimbursementdesk.persistence.EngineSql;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.TextFold;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.util.List;
import java.util.Optional;

/**
 * The saved selections ({@code saved_selection}): a name and its criteria in the {@code --where}
 * syntax. A name is found whatever its case, every letter folded as {@link TextFold} folds it.
 */
public final class SavedSelectionStore {

    private static final String COLUMNS = "SELECT id, name, criteria FROM saved_selection ";

    private final Sql sql;

    public SavedSelectionStore(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** Every saved selection by name: columns {@code id}, {@code name}, {@code criteria}. */
    public <T> List<T> all(RowMapper<T> mapper) {
        return sql.list(COLUMNS + "ORDER BY " + EngineSql.nocase(sql.engine(), "name") + ", id", mapper);
    }

    /** The saved selection of this name, whatever its case: columns {@code id}, {@code name}, {@code criteria}. */
    public <T> Optional<T> named(String name, RowMapper<T> mapper) {
        return sql.first(COLUMNS + "WHERE " + TextFold.FUNCTION + "(name) = " + TextFold.FUNCTION + "(?)", mapper, name);
    }

    public void add(String name, String criteria) {
        sql.update("INSERT INTO saved_selection (name, criteria) VALUES (?, ?)", name, criteria);
    }

    /** Another name's case and other criteria for the saved selection {@code id}. */
    public void replace(long id, String name, String criteria) {
        sql.update("UPDATE saved_selection SET name = ?, criteria = ? WHERE id = ?", name, criteria, id);
    }

    public void rename(long id, String name) {
        sql.update("UPDATE saved_selection SET name = ? WHERE id = ?", name, id);
    }

    public void delete(long id) {
        sql.update("DELETE FROM saved_selection WHERE id = ?", id);
    }
}
