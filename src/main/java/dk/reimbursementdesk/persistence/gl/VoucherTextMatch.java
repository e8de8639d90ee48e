package dk.reimbursementdesk.persistence.gl;

import java.util.List;
import java.util.Set;

/**
 * A search of the voucher list in the terms of the posted text, which the user never reads as posted:
 * a posting writes {@code CODE reference account} ({@code CREDIT_NOTE CN-3001 C0002}) and the screen
 * shows a sentence made from it ("Kreditnota CN-3001, debitor C0002"). {@code service.gl} works out,
 * for the searched text, which posted texts read as a sentence containing it; this store turns that
 * into LIKE patterns on the posted column, so the search stays one indexed-order scan in SQL.
 *
 * @param text     the searched text, folded ({@code TextFold}): matched against the number and, as
 *                 written, against every text that is not one of the {@code codes}
 * @param foldText whether {@code text} has letters beyond ASCII, which LIKE does not fold: the
 *                 written texts are then compared folded
 * @param codes    the codes whose texts are shown as sentences (and so never matched as written)
 * @param inValues whether {@code text} may lie inside a reference or an account without a {@link Coded}
 *                 of its own: it has no space, so it lies in one of them when it lies in what follows
 *                 the code (one test for every code instead of two patterns for each)
 * @param coded    each way a coded text reads as containing {@code text}
 */
public record VoucherTextMatch(String text, boolean foldText, Set<String> codes, boolean inValues, List<Coded> coded) {

    public VoucherTextMatch {
        codes = Set.copyOf(codes);
        coded = List.copyOf(coded);
    }

    /** How much of a value (the reference or the account) the searched text covers. */
    public enum Part {
        /** none of it: any value */
        ANY,
        /** the value starts with the text */
        PREFIX,
        /** the value ends with the text */
        SUFFIX,
        /** the text lies inside the value */
        CONTAINS,
        /** the value is the text */
        EXACT
    }

    /** What one value must be. */
    public record Value(Part part, String text) {

        public static final Value ANY = new Value(Part.ANY, "");
    }

    /**
     * The posted texts of {@code code} whose reference and account are as given. {@code vendorSide}:
     * true for a voucher that wrote a vendor transaction (a vendor payment reads unlike a customer's),
     * false for one that did not, null for either.
     */
    public record Coded(String code, Boolean vendorSide, Value reference, Value account) {
    }
}
