package dk.reimbursementdesk.service.payment.pain;

import dk.reimbursementdesk.testing.Pain001Schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.service.payment.pain.ProwideReadBack.PmtInf;
import dk.reimbursementdesk.service.payment.pain.ProwideReadBack.Tx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class Pain001WriterTest {

    static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 24, 10, 15, 30);
    static final LocalDate EXECUTION = LocalDate.of(2026, 11, 26);
    static final String DEBTOR_IBAN = "DK5000400440116243";

    static Money dkk(String amount) {
        return new Money(new BigDecimal(amount), "DKK", 2);
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR", 2);
    }

    static Money jpy(String amount) {
        return new Money(new BigDecimal(amount), "JPY", 0);
    }

    static CreditTransferBatch batch(String debtorBic, List<CreditTransfer> transfers) {
        return new CreditTransferBatch("RD-20261124-0001", CREATED, "Reimbursement Desk ApS",
                "Æblegården & Søn <Holding> A/S", DEBTOR_IBAN, debtorBic, EXECUTION, transfers);
    }

    /** Four transfers in three currencies, in an order that interleaves them. */
    static CreditTransferBatch mixedBatch() {
        return batch("DABADKKK", List.of(
                new CreditTransfer("E2E-1", "INSTR-1", dkk("1234.50"), "Søren Østergård",
                        "GB82 WEST 1234 5698 7654 32", null, "Tilbagebetaling af tilgodehavende, kunde 10042"),
                new CreditTransfer("E2E-2", "INSTR-2", eur("250"), "Hans Müller", "DE89370400440532013000",
                        "COBADEFFXXX", "Refund of credit balance, invoice 2026-0042"),
                new CreditTransfer("E2E-3", "INSTR-3", jpy("15000"), "Yamada Tarō", "NL91ABNA0417164300",
                        "abnanl2a", "Refund"),
                new CreditTransfer("E2E-4", "INSTR-4", dkk("0.01"), "Åse <Kunde> & Co \"Ltd\"",
                        "FR1420041010050500013M02606", "BNPAFRPPXXX", "Kreditnota 7 & 8 <rest>")));
    }

    static byte[] write(CreditTransferBatch batch, Pain001Version version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Pain001Writer().write(batch, version, out);
        Pain001Schemas.assertValid(out.toByteArray());
        return out.toByteArray();
    }

    static String xml(CreditTransferBatch batch, Pain001Version version) throws IOException {
        return new String(write(batch, version), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void everyFieldReadsBackThroughProwide(Pain001Version version) throws IOException {
        ProwideReadBack read = ProwideReadBack.read(xml(mixedBatch(), version), version);

        // Names and remittance in the EPC set; the DKK and JPY blocks are not SEPA (SHAR), the EUR one to DE is.
        String debtorName = "Aeblegaarden + Soen Holding A/S";
        ProwideReadBack expected = new ProwideReadBack("RD-20261124-0001", CREATED, "4", new BigDecimal("16484.51"),
                "Reimbursement Desk ApS", List.of(
                new PmtInf("RD-20261124-0001-1", "TRF", "2", new BigDecimal("1234.51"), null, EXECUTION,
                        debtorName, DEBTOR_IBAN, "DABADKKK", null, "SHAR", List.of(
                        new Tx("INSTR-1", "E2E-1", new BigDecimal("1234.50"), "DKK", null, "Soeren Oestergaard",
                                "GB82WEST12345698765432", List.of("Tilbagebetaling af tilgodehavende, kunde 10042")),
                        new Tx("INSTR-4", "E2E-4", new BigDecimal("0.01"), "DKK", "BNPAFRPPXXX",
                                "Aase Kunde + Co 'Ltd'", "FR1420041010050500013M02606",
                                List.of("Kreditnota 7 + 8 rest")))),
                new PmtInf("RD-20261124-0001-2", "TRF", "1", new BigDecimal("250.00"), "SEPA", EXECUTION,
                        debtorName, DEBTOR_IBAN, "DABADKKK", null, "SLEV", List.of(
                        new Tx("INSTR-2", "E2E-2", new BigDecimal("250.00"), "EUR", "COBADEFFXXX", "Hans Mueller",
                                "DE89370400440532013000", List.of("Refund of credit balance, invoice 2026-0042")))),
                new PmtInf("RD-20261124-0001-3", "TRF", "1", new BigDecimal("15000"), null, EXECUTION,
                        debtorName, DEBTOR_IBAN, "DABADKKK", null, "SHAR", List.of(
                        new Tx("INSTR-3", "E2E-3", new BigDecimal("15000"), "JPY", "ABNANL2A", "Yamada Taro",
                                "NL91ABNA0417164300", List.of("Refund"))))));
        assertEquals(expected, read);
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void startsWithUtf8DeclarationAndVersionNamespace(Pain001Version version) throws Exception {
        String xml = xml(mixedBatch(), version);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
        Document dom = dom(write(mixedBatch(), version));
        assertEquals("Document", dom.getDocumentElement().getLocalName());
        assertEquals(version.namespace(), dom.getDocumentElement().getNamespaceURI());
        assertTrue(xml.contains("<Document xmlns=\"" + version.namespace() + "\">"));
    }

    @Test
    void versionNamespacesAreTheIsoUrns() {
        assertEquals("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", Pain001Version.V09.namespace());
        assertEquals("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", Pain001Version.V03.namespace());
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void danishLettersAreSpelledOutInTheFile(Pain001Version version) throws IOException {
        String xml = xml(mixedBatch(), version);
        assertTrue(xml.contains("<Nm>Soeren Oestergaard</Nm>"), xml);
        assertFalse(xml.contains("ø") || xml.contains("å") || xml.contains("Æ"));
        assertTrue(xml.chars().allMatch(c -> c < 128), "every byte in the EPC set is ASCII");
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void amountsHaveExactlyTheCurrencysDecimals(Pain001Version version) throws IOException {
        String xml = xml(mixedBatch(), version);
        assertTrue(xml.contains("<InstdAmt Ccy=\"DKK\">1234.50</InstdAmt>"));
        assertTrue(xml.contains("<InstdAmt Ccy=\"DKK\">0.01</InstdAmt>"));
        assertTrue(xml.contains("<InstdAmt Ccy=\"EUR\">250.00</InstdAmt>"));
        assertTrue(xml.contains("<InstdAmt Ccy=\"JPY\">15000</InstdAmt>"));
        assertTrue(xml.contains("<CtrlSum>16484.51</CtrlSum>"));
        assertTrue(xml.contains("<CtrlSum>15000</CtrlSum>"));
    }

    @Test
    void largeAmountsAreWrittenWithoutExponent() throws IOException {
        Money big = new Money(new BigDecimal("1E+7"), "DKK", 2);
        String xml = xml(batch(null, List.of(new CreditTransfer("E2E-1", "I-1", big, "A", DEBTOR_IBAN, null, null))),
                Pain001Version.V09);
        assertTrue(xml.contains("<InstdAmt Ccy=\"DKK\">10000000.00</InstdAmt>"), xml);
        assertFalse(xml.contains("E+"));
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void charactersOutsideTheEpcSetNeverReachTheFile(Pain001Version version) throws IOException {
        String xml = xml(mixedBatch(), version);
        assertTrue(xml.contains("Aeblegaarden + Soen Holding A/S"), xml);
        assertTrue(xml.contains("Kreditnota 7 + 8 rest"));
        assertFalse(xml.contains("&amp;") || xml.contains("&lt;") || xml.contains("&quot;"));
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void twoCurrenciesGiveTwoPaymentBlocksWithTheirOwnControlSums(Pain001Version version) throws IOException {
        CreditTransferBatch batch = batch("DABADKKK", List.of(
                new CreditTransfer("E2E-1", "I-1", dkk("100.25"), "A", DEBTOR_IBAN, null, null),
                new CreditTransfer("E2E-2", "I-2", eur("10.10"), "B", "DE89370400440532013000", null, null),
                new CreditTransfer("E2E-3", "I-3", dkk("0.75"), "C", DEBTOR_IBAN, null, null),
                new CreditTransfer("E2E-4", "I-4", eur("5"), "D", "DE89370400440532013000", null, null)));
        ProwideReadBack read = ProwideReadBack.read(xml(batch, version), version);

        assertEquals(2, read.pmtInf().size());
        PmtInf dkk = read.pmtInf().get(0);
        PmtInf eur = read.pmtInf().get(1);
        assertEquals(List.of("DKK", "DKK"), dkk.txs().stream().map(Tx::ccy).toList());
        assertEquals(new BigDecimal("101.00"), dkk.ctrlSum());
        assertEquals("2", dkk.nbOfTxs());
        assertEquals(List.of("EUR", "EUR"), eur.txs().stream().map(Tx::ccy).toList());
        assertEquals(new BigDecimal("15.10"), eur.ctrlSum());
        assertEquals(new BigDecimal("116.10"), read.ctrlSum());
        assertEquals("4", read.nbOfTxs());
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void transfersOnAnotherDateGetTheirOwnPaymentBlock(Pain001Version version) throws IOException {
        LocalDate later = EXECUTION.plusDays(7);
        CreditTransferBatch batch = batch("DABADKKK", List.of(
                new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "A", DEBTOR_IBAN, null, null),
                new CreditTransfer("E2E-2", "I-2", dkk("2.00"), "B", DEBTOR_IBAN, null, null, later),
                new CreditTransfer("E2E-3", "I-3", dkk("3.00"), "C", DEBTOR_IBAN, null, null, EXECUTION)));
        ProwideReadBack read = ProwideReadBack.read(xml(batch, version), version);

        assertEquals(2, read.pmtInf().size());
        assertEquals(EXECUTION, read.pmtInf().get(0).reqdExctnDt());
        assertEquals(new BigDecimal("4.00"), read.pmtInf().get(0).ctrlSum());
        assertEquals(later, read.pmtInf().get(1).reqdExctnDt());
        assertEquals(new BigDecimal("2.00"), read.pmtInf().get(1).ctrlSum());
    }

    @Test
    void version9WrapsTheExecutionDateAndVersion3DoesNot() throws IOException {
        assertTrue(xml(mixedBatch(), Pain001Version.V09).contains("<ReqdExctnDt>\n")
                && xml(mixedBatch(), Pain001Version.V09).contains("<Dt>2026-11-26</Dt>"));
        assertTrue(xml(mixedBatch(), Pain001Version.V03).contains("<ReqdExctnDt>2026-11-26</ReqdExctnDt>"));
    }

    @Test
    void version9NamesTheBicBicfiAndVersion3Bic() throws IOException {
        String v09 = xml(mixedBatch(), Pain001Version.V09);
        String v03 = xml(mixedBatch(), Pain001Version.V03);
        assertTrue(v09.contains("<BICFI>DABADKKK</BICFI>"));
        assertFalse(v09.contains("<BIC>"));
        assertTrue(v03.contains("<BIC>DABADKKK</BIC>"));
        assertFalse(v03.contains("<BICFI>"));
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void missingDebtorBicIsWrittenAsNotProvided(Pain001Version version) throws IOException {
        CreditTransferBatch batch = batch(null,
                List.of(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "A", DEBTOR_IBAN, null, null)));
        PmtInf pmtInf = ProwideReadBack.read(xml(batch, version), version).pmtInf().get(0);
        assertEquals(null, pmtInf.dbtrBic());
        assertEquals("NOTPROVIDED", pmtInf.dbtrAgtOthrId());
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void missingCreditorBicLeavesOutTheCreditorAgent(Pain001Version version) throws Exception {
        CreditTransferBatch batch = batch("DABADKKK",
                List.of(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "A", DEBTOR_IBAN, " ", null)));
        assertEquals(0, dom(write(batch, version)).getElementsByTagNameNS("*", "CdtrAgt").getLength());
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void elementsComeInSchemaOrder(Pain001Version version) throws Exception {
        Document dom = dom(write(mixedBatch(), version));
        Element root = dom.getDocumentElement();
        assertEquals(List.of("CstmrCdtTrfInitn"), childNames(root));
        Element initiation = children(root).get(0);
        assertEquals(List.of("GrpHdr", "PmtInf", "PmtInf", "PmtInf"), childNames(initiation));
        assertEquals(List.of("MsgId", "CreDtTm", "NbOfTxs", "CtrlSum", "InitgPty"),
                childNames(children(initiation).get(0)));

        Element eurBlock = children(initiation).get(2);
        assertEquals(List.of("PmtInfId", "PmtMtd", "NbOfTxs", "CtrlSum", "PmtTpInf", "ReqdExctnDt", "Dbtr",
                "DbtrAcct", "DbtrAgt", "ChrgBr", "CdtTrfTxInf"), childNames(eurBlock));
        Element dkkBlock = children(initiation).get(1);
        assertEquals(List.of("PmtInfId", "PmtMtd", "NbOfTxs", "CtrlSum", "ReqdExctnDt", "Dbtr",
                "DbtrAcct", "DbtrAgt", "ChrgBr", "CdtTrfTxInf", "CdtTrfTxInf"), childNames(dkkBlock));
        assertEquals(List.of("PmtId", "Amt", "CdtrAgt", "Cdtr", "CdtrAcct", "RmtInf"),
                childNames(children(eurBlock).get(10)));
        assertEquals(List.of("PmtId", "Amt", "Cdtr", "CdtrAcct", "RmtInf"),
                childNames(children(dkkBlock).get(9)));
        assertEquals(List.of("InstrId", "EndToEndId"), childNames(children(children(dkkBlock).get(9)).get(0)));
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void remittanceTextIsCutTo140CharactersAndLineBreaksBecomeSpaces(Pain001Version version) throws IOException {
        String longText = "Refund\r\n\tof   credit " + "x".repeat(200);
        CreditTransferBatch batch = batch(null,
                List.of(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "A", DEBTOR_IBAN, null, longText)));
        List<String> ustrd = ProwideReadBack.read(xml(batch, version), version).pmtInf().get(0).txs().get(0).ustrd();
        assertEquals(1, ustrd.size());
        assertEquals(140, ustrd.get(0).length());
        assertTrue(ustrd.get(0).startsWith("Refund of credit xxx"));
    }

    @Test
    void emptyRemittanceTextLeavesOutRemittanceInformation() throws Exception {
        CreditTransferBatch batch = batch(null,
                List.of(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "A", DEBTOR_IBAN, null, "  \n ")));
        assertEquals(0, dom(write(batch, Pain001Version.V09)).getElementsByTagNameNS("*", "RmtInf").getLength());
    }

    @Test
    void missingInstructionIdIsLeftOut() throws IOException {
        CreditTransferBatch batch = batch(null,
                List.of(new CreditTransfer("E2E-1", null, dkk("1.00"), "A", DEBTOR_IBAN, null, null)));
        Tx tx = ProwideReadBack.read(xml(batch, Pain001Version.V09), Pain001Version.V09).pmtInf().get(0).txs().get(0);
        assertEquals(null, tx.instrId());
        assertEquals("E2E-1", tx.endToEndId());
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void namesAreCutTo70CharactersInBothVersionsAfterTransliteration(Pain001Version version) throws IOException {
        String name = "Ø" + "n".repeat(198) + "!";
        CreditTransferBatch batch = batch(null,
                List.of(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), name, DEBTOR_IBAN, null, null)));
        String written = ProwideReadBack.read(xml(batch, version), version).pmtInf().get(0).txs().get(0).cdtrName();
        assertEquals("Oe" + "n".repeat(68), written);
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "a".repeat(139) + "\uD83D\uDE00" + "b";
        String cut = FileText.clean(text, 140);
        assertEquals(140, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("\uD83D\uDE00"));
    }

    @Test
    void charactersXmlCannotCarryBecomeSpaces() {
        assertEquals("a b", FileText.clean("a\u0000\u0007b", 140));
    }

    @Test
    void paymentInformationIdsStayWithin35CharactersAndDistinct() {
        String longId = "M".repeat(35);
        String first = Pain001Document.paymentInformationId(longId, 1);
        String tenth = Pain001Document.paymentInformationId(longId, 10);
        assertEquals(35, first.length());
        assertEquals(35, tenth.length());
        assertTrue(first.endsWith("-1") && tenth.endsWith("-10"));
        assertEquals("SHORT-2", Pain001Document.paymentInformationId("SHORT", 2));
    }

    @Test
    void creationTimeIsWrittenToTheSecond() throws IOException {
        CreditTransferBatch batch = new CreditTransferBatch("M-1", CREATED.plusNanos(123_456_789), "I", "D",
                DEBTOR_IBAN, null, EXECUTION,
                List.of(new CreditTransfer("E2E-1", "I-1", dkk("1.00"), "A", DEBTOR_IBAN, null, null)));
        assertTrue(xml(batch, Pain001Version.V09).contains("<CreDtTm>2026-11-24T10:15:30</CreDtTm>"));
    }

    static Document dom(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getLocalName).toList();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
