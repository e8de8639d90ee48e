package dk.reimbursementdesk.service.gl;

import dk.reimbursementdesk.persistence.TextFold;
import dk.reimbursementdesk.persistence.gl.VoucherTextMatch;
import dk.reimbursementdesk.persistence.gl.VoucherTextMatch.Coded;
import dk.reimbursementdesk.persistence.gl.VoucherTextMatch.Part;
import dk.reimbursementdesk.persistence.gl.VoucherTextMatch.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The voucher list's search over the text as the user reads it ({@link VoucherText}), in the user's
 * language, without reading the ledger's texts into Java.
 *
 * <p>Why this way: a sentence is its code's fixed words with the posted reference and account put in
 * ("Kreditnota " + CN-3001 + ", debitor " + C0002). The fixed words are known here, so every place the
 * searched text can lie in a sentence (inside the words, inside a value, across both) is worked out
 * once per search: where it crosses the words, they must match here; what falls on a value becomes a
 * condition on that value (starts with, ends with, contains, is). Each placement is one LIKE pattern
 * on the posted column ({@code CREDIT_NOTE %3001 C00%}), which SQLite tests as it walks the vouchers
 * in number order and stops at the page's end. The other ways were slower on the million-voucher
 * ledger: making each sentence in SQL and matching it scanned at 2 to 5 s where LIKE on the posted
 * column takes 0.2 s, and reading pages into Java to render and filter them reads the whole ledger
 * for a text that matches nothing. The words are compared folded (Danish letters too); the values
 * through LIKE, which ignores ASCII case: references and accounts are ASCII.
 *
 * <p>A reference may hold spaces, the account never does; a pattern whose account part ends in
 * {@code %} may then also accept a text whose reference holds the rest: a wider list, never a
 * shorter one.
 */
final class VoucherTextSearch {

    private VoucherTextSearch() {
    }

    /** The match for {@code text} (not blank) as read in {@code locale}. */
    static VoucherTextMatch of(String text, Locale locale) {
        String needle = TextFold.fold(text.trim());
        Set<Coded> coded = new LinkedHashSet<>();
        for (VoucherText.Sentence sentence : VoucherText.sentences(locale)) {
            new Placements(sentence, needle, coded).find();
        }
        boolean inValues = needle.chars().noneMatch(Character::isWhitespace);
        return new VoucherTextMatch(needle, TextFold.beyondAscii(needle), VoucherText.codes(), inValues, simplest(coded, inValues));
    }

    /**
     * A code whose every text matches needs no other pattern of that code, and a needle inside one
     * value needs no pattern when {@code inValues} tests that once for all codes.
     */
    private static List<Coded> simplest(Set<Coded> coded, boolean inValues) {
        List<Coded> kept = new ArrayList<>();
        for (Coded c : coded) {
            boolean inOneValue = c.reference().part() == Part.CONTAINS && c.account().part() == Part.ANY
                    || c.reference().part() == Part.ANY && c.account().part() == Part.CONTAINS;
            boolean covered = inValues && inOneValue || !isAll(c) && coded.stream().anyMatch(other -> isAll(other)
                    && other.code().equals(c.code()) && (other.vendorSide() == null || other.vendorSide().equals(c.vendorSide())));
            if (!covered) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean isAll(Coded c) {
        return c.reference().part() == Part.ANY && c.account().part() == Part.ANY;
    }

    /**
     * Every place the needle can lie in one sentence. The sentence is cut into segments: the fixed
     * words (folded) and the values (their marks), alternately, words first and last.
     */
    private static final class Placements {
        private final VoucherText.Sentence sentence;
        private final String needle;
        private final Set<Coded> found;
        private final List<String> words = new ArrayList<>();
        private final List<Character> values = new ArrayList<>();

        Placements(VoucherText.Sentence sentence, String needle, Set<Coded> found) {
            this.sentence = sentence;
            this.needle = needle;
            this.found = found;
            StringBuilder word = new StringBuilder();
            for (char c : sentence.text().toCharArray()) {
                if (c == VoucherText.REFERENCE || c == VoucherText.ACCOUNT) {
                    words.add(TextFold.fold(word.toString()));
                    values.add(c);
                    word.setLength(0);
                } else {
                    word.append(c);
                }
            }
            words.add(TextFold.fold(word.toString()));
        }

        void find() {
            for (int w = 0; w < words.size(); w++) {
                for (int k = 0; k < words.get(w).length(); k++) {
                    fromWords(w, k, needle, Map.of());
                }
            }
            for (int v = 0; v < values.size(); v++) {
                inValue(v, needle, Map.of(), false);
            }
        }

        /** The needle's rest {@code rest} starts at offset {@code k} of the words {@code w}. */
        private void fromWords(int w, int k, String rest, Map<Character, Value> so) {
            String words = this.words.get(w).substring(k);
            if (rest.length() <= words.length()) {
                if (words.startsWith(rest)) {
                    found(so);
                }
            } else if (rest.startsWith(words) && w < values.size()) {
                inValue(w, rest.substring(words.length()), so, true);
            }
        }

        /**
         * The needle's rest {@code rest} goes on in value {@code v}, from the value's start or from
         * anywhere in it: it ends there, or the value holds a part of it and the next words go on.
         */
        private void inValue(int v, String rest, Map<Character, Value> so, boolean fromStart) {
            found(with(so, v, new Value(fromStart ? Part.PREFIX : Part.CONTAINS, rest)));
            for (int m = 0; m < rest.length(); m++) {
                String held = rest.substring(0, m);
                Value value = fromStart ? new Value(Part.EXACT, held) : held.isEmpty() ? Value.ANY : new Value(Part.SUFFIX, held);
                fromWords(v + 1, 0, rest.substring(m), with(so, v, value));
            }
        }

        private Map<Character, Value> with(Map<Character, Value> so, int v, Value value) {
            Map<Character, Value> more = new HashMap<>(so);
            more.put(values.get(v), value);
            return more;
        }

        private void found(Map<Character, Value> so) {
            found.add(new Coded(sentence.code(), sentence.vendorSide(),
                    so.getOrDefault(VoucherText.REFERENCE, Value.ANY), so.getOrDefault(VoucherText.ACCOUNT, Value.ANY)));
        }
    }
}
