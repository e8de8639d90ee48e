package dk.reimbursementdesk.persistence.query;

import java.util.List;

/**
 * One criteria typed for a field, SQL-free: the alternatives (any of them may hold) and the
 * exclusions (none of them may hold), as in {@code A,B,!C}: (A or B) and not C.
 */
public record CriteriaTerms(List<Term> anyOf, List<Term> noneOf) {

    public CriteriaTerms {
        anyOf = List.copyOf(anyOf);
        noneOf = List.copyOf(noneOf);
        if (anyOf.isEmpty() && noneOf.isEmpty()) {
            throw new IllegalArgumentException("A criteria has at least one term");
        }
    }
}
