package dk.reimbursementdesk.service.payment.pain;

import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.DEBTOR_IBAN;
import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.batch;
import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.dkk;
import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.service.payment.pain.ProwideReadBack.PmtInf;
import dk.reimbursementdesk.service.payment.pain.ProwideReadBack.Tx;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which transfers go into a SEPA block and what each block says; every file validated against ISO's XSD. */
class SepaBlocksTest {

    private static final String GERMAN = "DE89370400440532013000";
    private static final String SWISS = "CH9300762011623852957";
    private static final String TURKISH = "TR330006100519786457841326";
    private static final String EMIRATI = "AE070331234567890123456";

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void euroToASchemeCountryIsSepaAndEuroElsewhereIsNot(Pain001Version version) throws IOException {
        CreditTransferBatch batch = batch("DABADKKK", List.of(
                new CreditTransfer("E2E-1", "I-1", eur("10.00"), "Hans", GERMAN, null, null),
                new CreditTransfer("E2E-2", "I-2", eur("20.00"), "Ayşe Yılmaz", TURKISH, null, null),
                new CreditTransfer("E2E-3", "I-3", eur("30.00"), "Urs", SWISS, null, null),
                new CreditTransfer("E2E-4", "I-4", eur("40.00"), "Omar", EMIRATI, null, null),
                new CreditTransfer("E2E-5", "I-5", dkk("50.00"), "Søren", DEBTOR_IBAN, null, null)));
        List<PmtInf> blocks = ProwideReadBack.read(Pain001WriterTest.xml(batch, version), version).pmtInf();

        assertEquals(3, blocks.size());
        PmtInf sepa = blocks.get(0);
        assertEquals("SEPA", sepa.svcLvl());
        assertEquals("SLEV", sepa.chrgBr());
        assertEquals(List.of("E2E-1", "E2E-3"), sepa.txs().stream().map(Tx::endToEndId).toList());
        assertEquals(new BigDecimal("40.00"), sepa.ctrlSum());

        PmtInf euroOutside = blocks.get(1);
        assertEquals(null, euroOutside.svcLvl());
        assertEquals("SHAR", euroOutside.chrgBr());
        assertEquals(List.of("E2E-2", "E2E-4"), euroOutside.txs().stream().map(Tx::endToEndId).toList());
        assertEquals("Ayse Yilmaz", euroOutside.txs().get(0).cdtrName());
        assertEquals(new BigDecimal("60.00"), euroOutside.ctrlSum());

        PmtInf krone = blocks.get(2);
        assertEquals(null, krone.svcLvl(), "a Danish krone transfer is not SEPA, even to a Danish account");
        assertEquals("SHAR", krone.chrgBr());
    }

    @Test
    void theGroupHeaderSumsEveryBlockAcrossCurrencies() throws IOException {
        CreditTransferBatch batch = batch(null, List.of(
                new CreditTransfer("E2E-1", "I-1", eur("10.50"), "Hans", GERMAN, null, null),
                new CreditTransfer("E2E-2", "I-2", dkk("1.25"), "Søren", DEBTOR_IBAN, null, null),
                new CreditTransfer("E2E-3", "I-3", new Money(new BigDecimal("7"), "JPY", 0), "Taro", DEBTOR_IBAN, null, null),
                new CreditTransfer("E2E-4", "I-4", new Money(new BigDecimal("1.125"), "KWD", 3), "Ali", DEBTOR_IBAN, null, null)));
        String xml = Pain001WriterTest.xml(batch, Pain001Version.V09);
        ProwideReadBack read = ProwideReadBack.read(xml, Pain001Version.V09);
        assertEquals(new BigDecimal("19.875"), read.ctrlSum());
        assertEquals(4, read.pmtInf().size());
        assertTrue(xml.contains("<InstdAmt Ccy=\"KWD\">1.125</InstdAmt>"));
        assertTrue(xml.contains("<InstdAmt Ccy=\"JPY\">7</InstdAmt>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK", "DE", "FR", "GB", "CH", "NO", "IS", "LI", "MC", "SM", "VA", "AD", "GI", "FI", "AL", "MD", "ME", "MK"})
    void schemeCountriesAreCovered(String country) {
        assertTrue(SepaSchemeCountries.standard().coversIban(country + "00 1234"), country);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TR", "AE", "US", "RS", "UA", "SA", "BA", ""})
    void otherCountriesAreNot(String country) {
        assertFalse(SepaSchemeCountries.standard().coversIban(country + "001234"), country);
    }

    @Test
    void theCountryListIsDataWithItsSourceAndDate() {
        SepaSchemeCountries countries = SepaSchemeCountries.standard();
        assertFalse(countries.date().isBlank());
        // 27 EU states, 3 EEA, 14 more countries and 9 territories with codes of their own.
        assertTrue(countries.countries().containsAll(List.of("AX", "GF", "GP", "MQ", "RE", "YT", "PM", "GG", "JE", "IM")));
        assertFalse(countries.ibanPrefixes().contains("AX"), "Åland's accounts carry FI IBANs");
        assertEquals(53, countries.countries().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AL|Albania", "MD|Moldova", "ME|Montenegro", "MK|North Macedonia"})
    void theCountriesThatJoinedIn2024And2025AreRowsOfTheirOwnWithTheirOwnPrefix(String code, String name) throws IOException {
        List<String> rows;
        try (var in = SepaSchemeCountries.class.getResourceAsStream("sepa-scheme-countries.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertTrue(rows.contains(code + "\t" + name + "\t" + code), code);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("# Source: European Payments Council, EPC409-09")));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("#") && r.contains(code)), "the header says when " + code + " joined");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Æblegården|Aeblegaarden",
            "Æbler|Aebler",
            "ØRSTED|OERSTED",
            "Søren Østergård|Soeren Oestergaard",
            "Åse|Aase",
            "Jürgen Schäfer-Böhm|Juergen Schaefer-Boehm",
            "Straße|Strasse",
            "Café Renée|Cafe Renee",
            "Dvořák, Ñandú|Dvorak, Nandu",
            "Łódź|Lodz",
            "Smith & Wesson|Smith + Wesson",
            "\"Quoted\" – dashed_word|'Quoted' - dashed-word",
            "A;B!C#D|A B C D",
            "Yamada 太郎|Yamada",
            "Emoji 😀 here|Emoji here",
            "  spaced \t out  |spaced out",
            "a/b-c?d:e(f).g,h'i+j|a/b-c?d:e(f).g,h'i+j",
            // The edges of the path that keeps a text already in the set as it is.
            "'Two  spaces'|Two spaces",
            "' leading'|leading",
            "'trailing '|trailing",
            "' '|''",
            "Refund RB-000001|Refund RB-000001"})
    void textIsTransliteratedIntoTheEpcSet(String typed, String written) {
        assertEquals(written, EpcText.of(typed));
        assertTrue(EpcText.of(typed).codePoints().allMatch(EpcText::isAllowed));
    }
}
