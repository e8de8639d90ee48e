package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview's totals line counts in words that agree with the number ("1 proposal", not "1 proposals"). */
class PreviewTotalsSentenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|1|0|1|0|1 proposal, 0 left out of 1 selected customer; no one-time vendor will be created.",
            "en|0|2|2|1|no proposals, 2 left out of 2 selected customers; 1 one-time vendor will be created.",
            "en|1200|3|1203|2|1,200 proposals, 3 left out of 1,203 selected customers; 2 one-time vendors will be created.",
            "da|1|0|1|0|1 forslag, 0 udeladt af 1 valgt debitor; ingen engangskreditor oprettes.",
            "da|2|1|3|0|2 forslag, 1 udeladt af 3 valgte debitorer; ingen engangskreditor oprettes."})
    void countsAgreeWithTheirNouns(String language, int proposals, int leftOut, int selected, int oneTime, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("i18n.reimbursement_ui", locale).getString("reimbursement.preview.totals");
        String sentence = new MessageFormat(pattern, locale).format(new Object[] {"X", "Y", proposals, leftOut, selected, oneTime});
        assertEquals(expected, sentence.substring(sentence.indexOf(". ") + 2));
    }
}
