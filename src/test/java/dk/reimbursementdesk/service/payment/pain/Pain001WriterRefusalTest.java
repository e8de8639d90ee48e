package dk.reimbursementdesk.service.payment.pain;

import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.CREATED;
import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.DEBTOR_IBAN;
import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.EXECUTION;
import static dk.reimbursementdesk.service.payment.pain.Pain001WriterTest.dkk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.domain.UserException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pain001WriterRefusalTest {

    private static CreditTransfer transfer() {
        return new CreditTransfer("E2E-1", "I-1", dkk("10.00"), "Søren", DEBTOR_IBAN, null, "Refund");
    }

    private static CreditTransferBatch batch(List<CreditTransfer> transfers) {
        return new CreditTransferBatch("M-1", CREATED, "Desk ApS", "Desk ApS", DEBTOR_IBAN, "DABADKKK", EXECUTION,
                transfers);
    }

    private static CreditTransferBatch with(CreditTransfer transfer) {
        return batch(List.of(transfer));
    }

    /** Asserts the refusal, that it reads as a sentence in both languages, and that nothing was written. */
    private static UserException refused(CreditTransferBatch batch, String key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UserException e = assertThrows(UserException.class,
                () -> new Pain001Writer().write(batch, Pain001Version.V09, out));
        assertEquals(key, e.getKey());
        assertEquals(0, out.size(), "a refused batch writes nothing");
        String english = e.format(Locale.ENGLISH);
        String danish = e.format(Locale.forLanguageTag("da"));
        assertNotEquals(key, english);
        assertNotEquals(key, danish);
        assertNotEquals(english, danish);
        assertTrue(!english.contains("{") && !danish.contains("{"), english + " / " + danish);
        return e;
    }

    @Test
    void refusesAnAmountAboveTheEpcLimitNamingThePayment() {
        CreditTransfer big = new CreditTransfer("E2E-BIG", "I-1", dkk("1000000000.00"), "Søren", DEBTOR_IBAN, null, null);
        UserException e = refused(with(big), "payment.amountTooLarge");
        assertTrue(e.format(Locale.ENGLISH).contains("E2E-BIG"), e.format(Locale.ENGLISH));
        assertTrue(e.format(Locale.ENGLISH).contains("Søren"), "the refusal names the vendor as the ledger has it");
    }

    @Test
    void acceptsTheLargestAmountTheEpcAllows() throws IOException {
        CreditTransfer largest = new CreditTransfer("E2E-1", "I-1", dkk("999999999.99"), "Søren", DEBTOR_IBAN, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Pain001Writer().write(with(largest), Pain001Version.V03, out);
        dk.reimbursementdesk.testing.Pain001Schemas.assertValid(out.toByteArray());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(">999999999.99</InstdAmt>"));
    }

    @Test
    void refusesANameWithNothingTheEpcSetCarries() {
        CreditTransfer kanji = new CreditTransfer("E2E-7", "I-1", dkk("10.00"), "山田太郎", DEBTOR_IBAN, null, null);
        UserException e = refused(with(kanji), "payment.creditorNameNotLatin");
        assertTrue(e.format(Locale.ENGLISH).contains("E2E-7"));
        refused(new CreditTransferBatch("M-1", CREATED, "株式会社", "Desk ApS", DEBTOR_IBAN, null, EXECUTION,
                List.of(transfer())), "payment.initiatingPartyNameNotLatin");
        refused(new CreditTransferBatch("M-1", CREATED, "Desk ApS", "株式会社", DEBTOR_IBAN, null, EXECUTION,
                List.of(transfer())), "payment.debtorNameNotLatin");
    }

    @Test
    void refusesBatchWithoutTransfers() {
        refused(batch(List.of()), "payment.noTransfers");
        refused(batch(null), "payment.noTransfers");
    }

    @Test
    void refusesInvalidDebtorIban() {
        UserException e = refused(new CreditTransferBatch("M-1", CREATED, "I", "D", "DK5100400440116243", null,
                EXECUTION, List.of(transfer())), "payment.debtorIbanInvalid");
        assertTrue(e.format(Locale.ENGLISH).contains("DK5100400440116243"));
    }

    @Test
    void refusesInvalidDebtorBic() {
        refused(new CreditTransferBatch("M-1", CREATED, "I", "D", DEBTOR_IBAN, "DABA", EXECUTION,
                List.of(transfer())), "payment.debtorBicInvalid");
    }

    @Test
    void refusesInvalidCreditorIbanNamingTheCreditor() {
        UserException e = refused(with(new CreditTransfer("E2E-1", "I-1", dkk("10.00"), "Søren Østergård",
                "GB82WEST1234569876543", null, null)), "payment.creditorIbanInvalid");
        assertTrue(e.format(Locale.ENGLISH).contains("Søren Østergård"));
    }

    @Test
    void refusesInvalidCreditorBic() {
        refused(with(new CreditTransfer("E2E-1", "I-1", dkk("10.00"), "A", DEBTOR_IBAN, "DABAZZKK", null)),
                "payment.creditorBicInvalid");
    }

    @Test
    void refusesZeroAmount() {
        refused(with(new CreditTransfer("E2E-1", "I-1", dkk("0.00"), "A", DEBTOR_IBAN, null, null)),
                "payment.amountNotPositive");
    }

    @Test
    void refusesNegativeAmount() {
        refused(with(new CreditTransfer("E2E-1", "I-1", dkk("-5.00"), "A", DEBTOR_IBAN, null, null)),
                "payment.amountNotPositive");
    }

    @Test
    void refusesMissingAmount() {
        refused(with(new CreditTransfer("E2E-1", "I-1", null, "A", DEBTOR_IBAN, null, null)),
                "payment.amountNotPositive");
    }

    @Test
    void refusesCurrencyThatIsNotAThreeLetterCode() {
        refused(with(new CreditTransfer("E2E-1", "I-1", new Money(java.math.BigDecimal.ONE, "kr", 2), "A",
                DEBTOR_IBAN, null, null)), "payment.currencyInvalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789012345678901234567890123456", "/E2E", "E2E//1", "E2E&1", "Ø-1"})
    void refusesEndToEndIdThatIsEmptyTooLongOrOddlyCharactered(String id) {
        refused(with(new CreditTransfer(id, "I-1", dkk("1.00"), "A", DEBTOR_IBAN, null, null)),
                "payment.endToEndIdInvalid");
    }

    @Test
    void acceptsEndToEndIdOfExactly35Characters() throws IOException {
        String id = "1".repeat(35);
        String xml = Pain001WriterTest.xml(with(new CreditTransfer(id, "I-1", dkk("1.00"), "A", DEBTOR_IBAN, null, null)),
                Pain001Version.V03);
        ProwideReadBack file = ProwideReadBack.read(xml, Pain001Version.V03);
        assertEquals(id, file.pmtInf().get(0).txs().get(0).endToEndId(), "the 35-character id is written whole");
    }

    @Test
    void refusesTooLongInstructionId() {
        refused(with(new CreditTransfer("E2E-1", "I".repeat(36), dkk("1.00"), "A", DEBTOR_IBAN, null, null)),
                "payment.instructionIdInvalid");
    }

    @Test
    void refusesTooLongMessageId() {
        refused(new CreditTransferBatch("M".repeat(36), CREATED, "I", "D", DEBTOR_IBAN, null, EXECUTION,
                List.of(transfer())), "payment.messageIdInvalid");
    }

    @Test
    void refusesMissingNames() {
        refused(new CreditTransferBatch("M-1", CREATED, " ", "D", DEBTOR_IBAN, null, EXECUTION, List.of(transfer())),
                "payment.initiatingPartyNameMissing");
        refused(new CreditTransferBatch("M-1", CREATED, "I", null, DEBTOR_IBAN, null, EXECUTION, List.of(transfer())),
                "payment.debtorNameMissing");
        refused(with(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "", DEBTOR_IBAN, null, null)),
                "payment.creditorNameMissing");
        refused(with(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "\u0000\n", DEBTOR_IBAN, null, null)),
                "payment.creditorNameMissing");
    }

    @Test
    void refusesMissingCreationTime() {
        refused(new CreditTransferBatch("M-1", null, "I", "D", DEBTOR_IBAN, null, EXECUTION, List.of(transfer())),
                "payment.creationDateTimeMissing");
    }

    @Test
    void refusesTransferWithoutAnyExecutionDate() {
        refused(new CreditTransferBatch("M-1", CREATED, "I", "D", DEBTOR_IBAN, null, null, List.of(transfer())),
                "payment.executionDateMissing");
    }

    @Test
    void refusesTheWholeBatchWhenOneTransferIsBad() {
        refused(batch(List.of(transfer(),
                        new CreditTransfer("E2E-2", "I-2", dkk("10.00"), "B", "DK00", null, null))),
                "payment.creditorIbanInvalid");
    }

    @Test
    void englishAndDanishBundlesHaveTheSameKeys() throws IOException {
        Properties english = load("/i18n/payment_file.properties");
        Properties danish = load("/i18n/payment_file_da.properties");
        assertEquals(english.stringPropertyNames(), danish.stringPropertyNames());
        assertTrue(danish.getProperty("payment.noTransfers").contains("æ"), "Danish bundle is read as UTF-8");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Pain001WriterRefusalTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
