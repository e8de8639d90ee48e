package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.testing.Pain001Schemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * pay after reimbursing the demo ledger on 2026-11-24: C0002's one-time vendor OTV-000001 has no IBAN
 * (C0002 has none), every other vendor can be paid.
 */
class PayCommandTest {

    private static final String LEFT_OUT = "Vendor OTV-000001 Møller & Søn A/S has no IBAN. Add it on the vendor, or leave the vendor out.";

    @TempDir
    Path dir;
    String file;
    Path xml;

    @BeforeEach
    void reimbursed() {
        file = LedgerFiles.demoLedger(dir);
        xml = dir.resolve("payments.xml");
        Cli.Result run = Cli.run("--ledger", file, "reimburse", "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.toString());
    }

    private Cli.Result pay(String... options) {
        List<String> args = new ArrayList<>(List.of("--ledger", file, "--locale", "en", "pay", "--date", "2026-11-25"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Document parse(Path file) throws Exception {
        Pain001Schemas.assertValid(file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String first(Document document, String element) {
        return document.getElementsByTagNameNS("*", element).item(0).getTextContent();
    }

    @Test
    void aVendorWithoutIbanRefusesTheBatchListedOnStandardErrorAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = pay("--pain001", xml.toString());
        assertEquals(1, result.exit(), result.toString());
        assertEquals("One vendor cannot be paid, so nothing was posted. Fix it, or leave it out with --skip-invalid:\n"
                + LEFT_OUT + "\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
        assertFalse(Files.exists(xml));
    }

    @Test
    void skipInvalidPaysTheRestNamesTheVendorLeftOutAndWritesAVersion9File() throws Exception {
        Cli.Result result = pay("--skip-invalid", "--pain001", xml.toString());
        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err());
        List<String> lines = List.of(result.out().split("\n"));
        assertEquals(List.of(
                "Posted payment batch PB-000001 dated 2026-11-25: 7 payments, 1470.00 DKK, 170.00 EUR, 1000.00 SEK.",
                "PB-000001-0001\tOTV-000002\tCafé Europa GmbH\tEUR\t150.00",
                "PB-000001-0002\tOTV-000003\tKiel Handel GmbH\tDKK\t300.00",
                "PB-000001-0003\tOTV-000003\tKiel Handel GmbH\tEUR\t20.00",
                "PB-000001-0004\tOTV-000004\tStockholm Design AB\tSEK\t1000.00",
                "PB-000001-0005\tOTV-000005\tVestjysk Maskin ApS\tDKK\t800.00",
                "PB-000001-0006\tV0001\tBager Hansen ApS\tDKK\t250.00",
                "PB-000001-0007\tV0003\tJensen Cykler\tDKK\t120.00",
                "Left out: " + LEFT_OUT), lines.subList(0, 9));
        assertEquals(10, lines.size(), result.out());
        assertTrue(lines.get(9).startsWith("Wrote the bank file " + xml.toAbsolutePath()
                + " (pain.001.001.09, 7 payments, control sum 2640.00, message id PB-000001-1-"), lines.get(9));

        Document document = parse(xml);
        assertEquals("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", document.getDocumentElement().getNamespaceURI());
        assertEquals("7", first(document, "NbOfTxs"));
        assertEquals("2640.00", first(document, "CtrlSum"));
        assertEquals(7, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement WHERE status = 'PAID'"));
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM reimbursement WHERE status = 'OPEN'"));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void painVersion03WritesTheVersion3Namespace() throws Exception {
        Cli.Result result = pay("--where", "account=V0001", "--pain-version", "03", "--pain001", xml.toString());
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("Posted payment batch PB-000001 dated 2026-11-25: one payment, 250.00 DKK.\n"
                + "PB-000001-0001\tV0001\tBager Hansen ApS\tDKK\t250.00\nWrote the bank file " + xml.toAbsolutePath()
                + " (pain.001.001.03, one payment, control sum 250.00, message id "), result.out());
        Document document = parse(xml);
        assertEquals("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", document.getDocumentElement().getNamespaceURI());
        assertEquals("1", first(document, "NbOfTxs"));
        assertEquals("DK2230003000123456", ((Element) document.getElementsByTagNameNS("*", "CdtrAcct").item(0)).getTextContent().strip());
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void anyOtherPainVersionIsAUsageErrorAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = pay("--pain-version", "07", "--skip-invalid", "--pain001", xml.toString());
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().startsWith("Invalid value for option '--pain-version': \"07\" is not a payment file version we write; "
                + "use 09 (pain.001.001.09) or 03 (pain.001.001.03).\nUsage:"), result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
        assertFalse(Files.exists(xml));
    }

    @Test
    void nothingOpenForTheSelectedVendorsIsSaidWithExitZeroAndWritesNothing() {
        assertEquals(0, pay("--where", "account=V0001", "--pain001", xml.toString()).exit());
        Pain001Schemas.assertValid(xml);
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = pay("--where", "account=V0001", "--pain001", dir.resolve("again.xml").toString());
        assertEquals(0, result.exit(), result.toString());
        assertEquals("No open vendor invoices for the selected vendors; nothing was paid.\n", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
        assertFalse(Files.exists(dir.resolve("again.xml")));
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedBeforeAnythingIsPosted() {
        var before = LedgerFiles.snapshot(file);
        Path missing = dir.resolve("no-such-folder").resolve("p.xml");
        Cli.Result result = pay("--skip-invalid", "--pain001", missing.toString());
        assertEquals(1, result.exit(), result.toString());
        assertEquals("The bank file " + missing.toAbsolutePath() + " cannot be written there: the folder does not exist or cannot be "
                + "written to. Nothing was paid.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void anUnknownVendorFieldIsRefusedNamingIt() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = pay("--where", "vendor=V0001");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("There is no field “vendor” to select on; the fields are account, name, group, currency.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void withSkipInvalidAndOnlyInvalidVendorsNothingIsPosted() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = pay("--where", "account=OTV-000001", "--skip-invalid", "--pain001", xml.toString());
        assertEquals(1, result.exit(), result.toString());
        assertEquals("None of the selected vendors can be paid, so nothing was posted.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
        assertFalse(Files.exists(xml));
    }

    private Cli.Result payBatch(String... options) {
        List<String> args = new ArrayList<>(List.of("--ledger", file, "--locale", "en", "pay"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void batchWritesThePostedBatchsBankFileAgainWithANewMessageIdAndPostsNothing() throws Exception {
        assertEquals(0, pay("--skip-invalid", "--pain001", xml.toString()).exit());
        String first = Files.readString(xml);
        long vouchers = LedgerFiles.count(file, "SELECT count(*) FROM voucher");
        Path again = dir.resolve("again.xml");

        Cli.Result result = payBatch("--batch", "PB-000001", "--pain001", again.toString());

        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("Wrote the bank file " + again.toAbsolutePath()
                + " (pain.001.001.09, 7 payments, control sum 2640.00, message id PB-000001-2-"), result.out());
        assertEquals(1, result.out().split("\n").length, result.out());
        String firstId = first(parse(xml), "MsgId");
        String secondId = first(parse(again), "MsgId");
        assertEquals(first.replace(firstId, "ID").replaceAll("<CreDtTm>[^<]*<", "<CreDtTm><"),
                Files.readString(again).replace(secondId, "ID").replaceAll("<CreDtTm>[^<]*<", "<CreDtTm><"));
        assertEquals(vouchers, LedgerFiles.count(file, "SELECT count(*) FROM voucher"));
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM payment_batch"));
        assertEquals(2, LedgerFiles.count(file, "SELECT export_count FROM payment_batch"));
        // By id, any case, and the default file name from the batch number in version 3.
        assertEquals(0, payBatch("--batch", "1", "--pain001", again.toString()).exit());
        Cli.Result v03 = payBatch("--batch", "pb-000001", "--pain-version", "03", "--pain001", again.toString());
        assertEquals(0, v03.exit(), v03.toString());
        assertEquals("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", parse(again).getDocumentElement().getNamespaceURI());
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void batchOfAnUnknownBatchIsRefusedInOneSentence() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = payBatch("--batch", "PB-000009", "--pain001", xml.toString());
        assertEquals(1, result.exit(), result.toString());
        assertEquals("There is no payment batch PB-000009.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
        assertFalse(Files.exists(xml));
    }

    @Test
    void batchWithPaymentOptionsIsAUsageError() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = pay("--batch", "PB-000001", "--pain001", xml.toString());
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().startsWith("--batch writes the bank file of a posted batch again; it cannot be combined with "
                + "--where, --selection, --date or --skip-invalid."), result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }
}
