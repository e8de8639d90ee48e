package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.domain.UserException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A selection saved under a name: its criteria in the {@code --where} syntax, which names fields but
 * not a kind of record, so one saved selection can serve customers and vendors where their fields
 * agree ({@code group}, {@code currency}, ...).
 */
public record SavedSelection(String name, String criteria) {

    public SavedSelection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(criteria, "criteria");
    }

    /**
     * The selection over the catalog's fields.
     *
     * @throws UserException naming the selection and the problem when a
     *         field is not one of the catalog's (a vendor selection naming {@code vendor})
     */
    public Selection over(QueryCatalog catalog) {
        try {
            return WhereParser.parse(criteria, catalog);
        } catch (UserException problem) {
            throw new UserException(QueryMessages.BUNDLE, "query.saved.doesNotFit",
                    new Object[] {name, problem}, problem);
        }
    }

    /** True when every field the selection names is one of the catalog's: the drop-downs offer only those. */
    public boolean fits(QueryCatalog catalog) {
        return parsed(catalog).isPresent();
    }

    /** The criteria in words over the catalog, such as "Customer group is RETAIL"; the criteria as stored when it does not fit. */
    public String describe(QueryCatalog catalog, Locale locale) {
        return parsed(catalog).map(s -> s.describe(locale)).orElse(criteria);
    }

    private Optional<Selection> parsed(QueryCatalog catalog) {
        try {
            return Optional.of(WhereParser.parse(criteria, catalog));
        } catch (UserException doesNotFit) {
            return Optional.empty();
        }
    }
}
