package dk.reimbursementdesk.service.query;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.query.CriteriaSql;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private static List<Object> parameters(String text) {
        return CriteriaSql.condition(Engine.SQLITE, "col", Criteria.parse(text).terms()).parameters();
    }

    private static String sql(String text) {
        return CriteriaSql.condition(Engine.SQLITE, "col", Criteria.parse(text).terms()).sql();
    }

    private static String words(String text) {
        return Criteria.parse(text).describe(Locale.ENGLISH);
    }

    private static UserException refusal(String text) {
        return assertThrows(UserException.class, () -> Criteria.parse(text));
    }

    // ---- the syntax forms ----

    @Test
    void plainValueMeansEqual() {
        assertEquals("(col = ? COLLATE NOCASE)", sql("C001"));
        assertEquals(List.of("C001"), parameters("C001"));
        assertEquals("is C001", words("C001"));
    }

    @Test
    void bangValueMeansNotEqualOrMissing() {
        assertEquals("(col IS NULL OR NOT (col = ? COLLATE NOCASE))", sql("!C001"));
        assertEquals(List.of("C001"), parameters("!C001"));
        assertEquals("is not C001", words("!C001"));
    }

    @Test
    void dotsBetweenValuesMeanInclusiveRange() {
        assertEquals("(col >= ? COLLATE NOCASE AND col <= ? COLLATE NOCASE)", sql("C001..C100"));
        assertEquals(List.of("C001", "C100"), parameters("C001..C100"));
        assertEquals("is from C001 to C100", words("C001..C100"));
    }

    @Test
    void dotsFirstMeanRangeOpenAtTheStart() {
        assertEquals("(col <= ? COLLATE NOCASE)", sql("..C100"));
        assertEquals(List.of("C100"), parameters("..C100"));
        assertEquals("is up to C100", words("..C100"));
    }

    @Test
    void dotsLastMeanRangeOpenAtTheEnd() {
        assertEquals("(col >= ? COLLATE NOCASE)", sql("C100.."));
        assertEquals(List.of("C100"), parameters("C100.."));
        assertEquals("is from C100 onwards", words("C100.."));
    }

    @Test
    void greaterThanIsStrict() {
        assertEquals("(col > ? COLLATE NOCASE)", sql(">C100"));
        assertEquals(List.of("C100"), parameters(">C100"));
        assertEquals("comes after C100", words(">C100"));
    }

    @Test
    void lessThanIsStrict() {
        assertEquals("(col < ? COLLATE NOCASE)", sql("<C100"));
        assertEquals("comes before C100", words("<C100"));
    }

    @Test
    void trailingStarMatchesAnyEnding() {
        assertEquals("(col LIKE ? ESCAPE '\\')", sql("C*"));
        assertEquals(List.of("C%"), parameters("C*"));
        assertEquals("matches C*", words("C*"));
    }

    @Test
    void leadingStarMatchesAnyBeginning() {
        assertEquals(List.of("%ApS"), parameters("*ApS"));
    }

    @Test
    void starsOnBothSidesMatchAnywhere() {
        assertEquals(List.of("%Bager%"), parameters("*Bager*"));
    }

    @Test
    void questionMarkStandsForOneCharacter() {
        assertEquals(List.of("C_01"), parameters("C?01"));
        assertEquals("matches C?01", words("C?01"));
    }

    @Test
    void bangWildcardMeansDoesNotMatchOrMissing() {
        assertEquals("(col IS NULL OR NOT (col LIKE ? ESCAPE '\\'))", sql("!C*"));
        assertEquals(List.of("C%"), parameters("!C*"));
        assertEquals("does not match C*", words("!C*"));
    }

    @Test
    void likeSpecialCharactersInValuesAreEscaped() {
        assertEquals(List.of("%\\%\\_\\\\%"), parameters("*%_\\*"));
    }

    @Test
    void commaListMeansAnyOf() {
        assertEquals("((col = ? COLLATE NOCASE) OR (col = ? COLLATE NOCASE) OR (col = ? COLLATE NOCASE))", sql("A,B,C"));
        assertEquals(List.of("A", "B", "C"), parameters("A,B,C"));
        assertEquals("is A or B or C", words("A,B,C"));
    }

    @Test
    void negatedListMeansNoneOf() {
        assertEquals("((col IS NULL OR NOT (col = ? COLLATE NOCASE)) AND (col IS NULL OR NOT (col = ? COLLATE NOCASE)))",
                sql("!A,!B"));
        assertEquals("is none of A, B", words("!A,!B"));
    }

    @Test
    void mixedListMeansAnyOfThePlainAndNoneOfTheNegated() {
        assertEquals("(((col = ? COLLATE NOCASE) OR (col = ? COLLATE NOCASE)) AND (col IS NULL OR NOT (col = ? COLLATE NOCASE)))",
                sql("A,B,!C"));
        assertEquals(List.of("A", "B", "C"), parameters("A,B,!C"));
        assertEquals("is A or B and is not C", words("A,B,!C"));
    }

    @Test
    void listMixesRangesWildcardsAndValues() {
        assertEquals(List.of("A", "B", "C%", "X"), parameters("A..B, C*, X"));
        assertEquals("is from A to B or matches C* or is X", words("A..B, C*, X"));
    }

    @Test
    void twoQuotesMeanBlank() {
        assertEquals("(col IS NULL OR col = '')", sql("\"\""));
        assertEquals(List.of(), parameters("\"\""));
        assertEquals("is blank", words("\"\""));
    }

    @Test
    void bangTwoQuotesMeansNotBlankAndExcludesMissing() {
        assertEquals("(NOT (col IS NULL OR col = ''))", sql("!\"\""));
        assertEquals("is not blank", words("!\"\""));
    }

    // ---- quotes and whitespace ----

    @Test
    void quotedCommaIsPartOfOneValue() {
        assertEquals(List.of("A,B"), parameters("\"A,B\""));
        assertEquals("is \"A,B\"", words("\"A,B\""));
    }

    @Test
    void quotedStarIsNoWildcard() {
        assertEquals("(col = ? COLLATE NOCASE)", sql("\"C*\""));
        assertEquals(List.of("C*"), parameters("\"C*\""));
    }

    @Test
    void quotedDotsAreNoRange() {
        assertEquals(List.of("A..B"), parameters("\"A..B\""));
        assertEquals("is \"A..B\"", words("\"A..B\""));
    }

    @Test
    void quotedBangIsNoNegation() {
        assertEquals("(col = ? COLLATE NOCASE)", sql("\"!A\""));
        assertEquals(List.of("!A"), parameters("\"!A\""));
    }

    @Test
    void quotedGreaterThanIsNoComparison() {
        assertEquals(List.of(">A"), parameters("\">A\""));
    }

    @Test
    void doubledQuoteInsideQuotesIsOneQuote() {
        assertEquals(List.of("Say \"hi\""), parameters("\"Say \"\"hi\"\"\""));
    }

    @Test
    void quotedPartOfWildcardIsLiteral() {
        assertEquals(List.of("50\\%%"), parameters("\"50%\"*"));
        assertEquals(List.of("C*%"), parameters("\"C*\"*"));
    }

    @Test
    void rangeBoundsMayBeQuoted() {
        assertEquals(List.of("A,1", "B,2"), parameters("\"A,1\"..\"B,2\""));
    }

    @Test
    void whitespaceAroundValuesIsTrimmed() {
        assertEquals(List.of("A", "B"), parameters("  A ,  B  "));
        assertEquals(List.of("C001", "C100"), parameters(" C001 .. C100 "));
        assertEquals(List.of("C100"), parameters(" >  C100 "));
        assertEquals("is not C001", words(" ! C001 "));
    }

    @Test
    void whitespaceInsideQuotesIsKept() {
        assertEquals(List.of(" A "), parameters("\" A \""));
    }

    @Test
    void whitespaceInsideValueIsKept() {
        assertEquals(List.of("Hansen & Søn"), parameters(" Hansen & Søn "));
    }

    @Test
    void textIsKeptWithoutSurroundingWhitespace() {
        assertEquals("A, B", Criteria.parse("  A, B ").text());
    }

    @Test
    void spacingDoesNotChangeTheCriteria() {
        assertEquals(Criteria.parse("A,B"), Criteria.parse(" A , B "));
    }

    // ---- SQL in values ----

    @Test
    void dropTableIsAValue() {
        assertEquals(List.of("'; DROP TABLE customer; --"), parameters("'; DROP TABLE customer; --"));
        assertFalse(sql("'; DROP TABLE customer; --").contains("DROP"));
    }

    @Test
    void quoteOrTrueIsAValue() {
        assertEquals(List.of("x' OR '1'='1"), parameters("x' OR '1'='1"));
        assertFalse(sql("x' OR '1'='1").contains("'1'"));
    }

    @Test
    void sqlInWildcardIsAValue() {
        assertEquals(List.of("%' OR 1=1 --%"), parameters("*' OR 1=1 --*"));
    }

    // ---- refusals ----

    @Test
    void emptyCriteriaIsRefused() {
        assertEquals("query.criteria.empty", refusal("").getKey());
        assertEquals("query.criteria.empty", refusal("   ").getKey());
        assertEquals("query.criteria.empty", refusal(null).getKey());
    }

    @Test
    void emptyListElementIsRefused() {
        assertEquals("query.criteria.emptyValue", refusal("A,,B").getKey());
        assertEquals("query.criteria.emptyValue", refusal("A, ,B").getKey());
        assertEquals("query.criteria.emptyValue", refusal("A,").getKey());
        assertEquals("query.criteria.emptyValue", refusal(",A").getKey());
    }

    @Test
    void dotsAloneAreRefused() {
        assertEquals("query.criteria.rangeWithoutBounds", refusal("..").getKey());
        assertEquals("query.criteria.rangeWithoutBounds", refusal("A, .. ").getKey());
    }

    @Test
    void secondRangeInOneValueIsRefused() {
        assertEquals("query.criteria.tooManyDots", refusal("A..B..C").getKey());
        assertEquals("query.criteria.tooManyDots", refusal("A...B").getKey());
    }

    @Test
    void comparisonWithoutValueIsRefused() {
        UserException refused = refusal(">");
        assertEquals("query.criteria.missingComparisonValue", refused.getKey());
        assertEquals("query.criteria.missingComparisonValue", refusal("A,< ").getKey());
    }

    @Test
    void comparisonWithRangeIsRefused() {
        assertEquals("query.criteria.rangeAfterComparison", refusal(">..").getKey());
        assertEquals("query.criteria.rangeAfterComparison", refusal("<A..B").getKey());
    }

    @Test
    void unterminatedQuoteIsRefused() {
        assertEquals("query.criteria.unterminatedQuote", refusal("\"abc").getKey());
        assertEquals("query.criteria.unterminatedQuote", refusal("A,\"B").getKey());
        assertEquals("query.criteria.unterminatedQuote", refusal("\"A\"\"").getKey());
    }

    @Test
    void bangAloneIsRefused() {
        assertEquals("query.criteria.missingNegatedValue", refusal("!").getKey());
        assertEquals("query.criteria.missingNegatedValue", refusal("A, ! ").getKey());
    }

    @Test
    void negatedRangeIsRefused() {
        assertEquals("query.criteria.negatedRange", refusal("!A..B").getKey());
        assertEquals("query.criteria.negatedRange", refusal("!>A").getKey());
    }

    @Test
    void wildcardInRangeIsRefused() {
        assertEquals("query.criteria.wildcardInRange", refusal("A*..B").getKey());
        assertEquals("query.criteria.wildcardInRange", refusal(">C?").getKey());
    }

    @Test
    void refusalSentenceNamesTheCriteria() {
        assertEquals("The criteria “A,,B” has an empty value in its list; remove the extra comma.",
                refusal("A,,B").format(Locale.ENGLISH));
    }

    @Test
    void refusalSentenceNamesTheOperator() {
        assertEquals("The > in the criteria “>” needs a value after it, for example >C100.",
                refusal(">").format(Locale.ENGLISH));
    }

    @Test
    void refusalSentenceIsDanishForDanishUsers() {
        assertEquals("Kriteriet »A..B..C« har mere end ét .. i samme værdi; et interval har én start og én slutning, som A..B.",
                refusal("A..B..C").format(DANISH));
    }

    @Test
    void describeIsDanishForDanishUsers() {
        assertEquals("er A eller B og er ikke C", Criteria.parse("A,B,!C").describe(DANISH));
    }
}
