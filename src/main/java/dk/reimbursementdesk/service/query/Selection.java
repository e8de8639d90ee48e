package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.persistence.query.FieldCriteria;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ranges of a query builder: rows of field and criteria. Rows on the same field are alternatives
 * (OR), rows on different fields must all hold (AND), as in the Dynamics AX query dialog the users know.
 * Immutable, so a dialog can hand it to a background task without copying.
 */
public final class Selection {

    /** One row of the query builder. */
    public record Row(QueryField field, Criteria criteria) {
        public Row {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(criteria, "criteria");
        }
    }

    private final QueryCatalog catalog;
    private final List<Row> rows;

    private Selection(QueryCatalog catalog, List<Row> rows) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.rows = List.copyOf(rows);
        for (Row row : this.rows) {
            if (!catalog.contains(row.field())) {
                throw new IllegalArgumentException("Field " + row.field().key() + " (" + row.field().column()
                        + ") is not in this catalog");
            }
        }
    }

    /**
     * Everything of the catalog's kind. The catalog is kept even without rows so the selection can say
     * what "everything" is ("All customers").
     */
    public static Selection all(QueryCatalog catalog) {
        return new Selection(catalog, List.of());
    }

    /** @throws IllegalArgumentException if a row's field belongs to another catalog (a programming error) */
    public static Selection of(QueryCatalog catalog, List<Row> rows) {
        return new Selection(catalog, rows);
    }

    /** This selection with one more row. */
    public Selection with(QueryField field, Criteria criteria) {
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row(field, criteria));
        return new Selection(catalog, more);
    }

    public QueryCatalog catalog() {
        return catalog;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The selection as persistence reads it, SQL-free: per field, in the order the fields first
     * appear, its column and the criteria of its rows; no fields when there are no rows.
     */
    public List<FieldCriteria> fieldCriteria() {
        List<FieldCriteria> fields = new ArrayList<>();
        for (Map.Entry<QueryField, List<Criteria>> entry : byField().entrySet()) {
            fields.add(new FieldCriteria(entry.getKey().column(), entry.getValue().stream().map(Criteria::terms).toList()));
        }
        return fields;
    }

    /**
     * The selection in words for the dialog, such as "Customer group is RETAIL or WHOLESALE; account
     * matches C0*", or "All customers" when there are no rows.
     */
    public String describe(Locale locale) {
        if (rows.isEmpty()) {
            return catalog.describeAll(locale);
        }
        String or = " " + QueryMessages.text(locale, "query.word.or") + " ";
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<QueryField, List<Criteria>> entry : byField().entrySet()) {
            List<Criteria> alternatives = entry.getValue();
            String phrase = alternatives.stream()
                    .map(c -> alternatives.size() > 1 && c.mixesAlternativesAndExclusions()
                            ? "(" + c.describe(locale) + ")"
                            : c.describe(locale))
                    .collect(Collectors.joining(or));
            String name = entry.getKey().displayName(locale);
            clauses.add(QueryMessages.text(locale, "query.describe.clause", clauses.isEmpty() ? name : lowerFirst(name), phrase));
        }
        return String.join("; ", clauses);
    }

    /** Later clauses continue the sentence; an abbreviation such as "IBAN" keeps its capitals. */
    private static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Rows grouped by field, in the order the fields first appear, so SQL and words follow the dialog. */
    private Map<QueryField, List<Criteria>> byField() {
        Map<QueryField, List<Criteria>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(row.field(), f -> new ArrayList<>()).add(row.criteria());
        }
        return grouped;
    }

    /**
     * The selection in the {@code --where} syntax ({@code group=RETAIL;account=C0*}), each row's
     * criteria as typed: what a saved selection stores and {@link WhereParser} reads back; empty
     * without rows.
     */
    public String whereText() {
        return rows.stream().map(r -> r.field().key() + "=" + r.criteria().text()).collect(Collectors.joining(";"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Selection that && catalog == that.catalog && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(catalog), rows);
    }

    @Override
    public String toString() {
        return rows.stream().map(r -> r.field().key() + "=" + r.criteria().text()).collect(Collectors.joining(";"));
    }
}
