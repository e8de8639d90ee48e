package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.testing.Pain001Schemas;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.ExchangeRate;
import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.payment.pain.EpcText;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bank file of a posted batch, read back with Prowide and compared with the posted payments. */
class PaymentFileTest {

    static final LocalDate PAY_DATE = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;
    Ledger ledger;
    PaymentService payments;
    PaymentRun run;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.demo(dir);
        payments = new PaymentService(ledger, Clock.fixed(Instant.parse("2026-11-16T09:30:15Z"), ZoneOffset.UTC));
        ledger.inSessionTransactionDo(s -> s.persist(new ExchangeRate("JPY", LocalDate.of(2026, 1, 1), new BigDecimal("0.0420"))));
        LocalDate reimbursed = LocalDate.of(2026, 11, 2);
        ReimbursementFixture.reimburse(ledger, "C0001", "DKK", reimbursed);
        ReimbursementFixture.reimburse(ledger, "C0004", "EUR", reimbursed);
        ReimbursementFixture.reimburse(ledger, "C0008", "DKK", reimbursed);
        ReimbursementFixture.vendorInvoice(ledger, "V0001", "DKK", "12.34", LocalDate.of(2026, 10, 1), "B-77");
        ReimbursementFixture.vendorInvoice(ledger, "V0100", "JPY", "5000", LocalDate.of(2026, 10, 1), "K-JP");
        List<Long> all = payments.openInvoices(OpenInvoiceQuery.all()).stream().map(OpenInvoice::transactionId).toList();
        run = payments.post(all, PAY_DATE, false);
    }

    @AfterEach
    void tearDown() {
        LedgerCheckService.Report report = new LedgerCheckService(ledger).check();
        assertTrue(report.allWell(), () -> String.join("\n", report.findings()));
        ledger.close();
    }

    private String write(Pain001Version version) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        payments.writeFile(run.batch().id(), version, out);
        Pain001Schemas.assertValid(out.toByteArray());
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void everyFieldOfTheFileMatchesThePostedPayments(Pain001Version version) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WrittenFile written = payments.writeFile(run.batch().id(), version, out);
        byte[] bytes = out.toByteArray();
        Pain001Schemas.assertValid(bytes);
        String xml = new String(bytes, StandardCharsets.UTF_8);

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
        assertTrue(xml.contains("<Document xmlns=\"" + version.namespace() + "\">"));
        // The file carries the EPC set only: the ledger's "Café Europa GmbH" is written without its accent.
        assertTrue(xml.contains("<Nm>Cafe Europa GmbH</Nm>"));
        assertFalse(xml.contains("Café"));
        assertTrue(xml.contains("<InstdAmt Ccy=\"JPY\">5000</InstdAmt>"));
        assertTrue(xml.contains("<InstdAmt Ccy=\"EUR\">150.00</InstdAmt>"));

        PaymentFileReadBack file = PaymentFileReadBack.read(xml, version);
        List<PostedPayment> posted = run.payments();
        BigDecimal total = posted.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertEquals(written.messageId(), file.msgId());
        assertEquals("PB-000001-1-20261116093015", file.msgId());
        assertEquals(String.valueOf(posted.size()), file.nbOfTxs());
        assertEquals(0, total.compareTo(file.ctrlSum()));
        assertEquals(0, total.compareTo(written.controlSum()));
        assertEquals(posted.size(), written.transactionCount());
        assertEquals("Demo A/S", file.initgPty());

        // One block per currency (one date), each summing its own transfers.
        Map<String, List<PostedPayment>> byCurrency = posted.stream()
                .collect(Collectors.groupingBy(p -> p.amount().currency()));
        assertEquals(byCurrency.size(), file.blocks().size());
        for (PaymentFileReadBack.Block block : file.blocks()) {
            String currency = block.transfers().get(0).currency();
            List<PostedPayment> expected = byCurrency.get(currency);
            assertEquals(String.valueOf(expected.size()), block.nbOfTxs());
            BigDecimal sum = expected.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(block.ctrlSum()), currency);
            assertEquals(PAY_DATE, block.date());
            assertEquals("Demo A/S", block.dbtrName());
            assertEquals("DK5814700000987654", block.dbtrIban());
            assertEquals("DABADKKK", block.dbtrBic());
            assertTrue(block.transfers().stream().allMatch(t -> t.currency().equals(currency)));
        }

        Map<String, PaymentFileReadBack.Transfer> transfers = file.allTransfers().stream()
                .collect(Collectors.toMap(PaymentFileReadBack.Transfer::endToEndId, t -> t));
        assertEquals(posted.size(), transfers.size());
        for (PostedPayment p : posted) {
            PaymentFileReadBack.Transfer t = transfers.get(p.endToEndId());
            assertNotNull(t, p.endToEndId());
            assertEquals(p.endToEndId(), t.instrId());
            assertEquals(0, p.amount().amount().compareTo(t.amount()), p.endToEndId());
            assertEquals(p.amount().currency(), t.currency());
            assertEquals(EpcText.of(p.creditorName()), t.cdtrName());
            assertEquals(p.creditorIban(), t.cdtrIban());
            assertEquals(p.creditorBic(), t.cdtrBic());
            assertEquals(List.of(EpcText.of(p.remittance())), t.remittance());
        }

        // And the posted payments are what the ledger owed.
        assertEquals(List.of("OTV-000001 150.00 EUR DE89370400440532013000 COBADEFFXXX Refund RB-000002",
                        "V0001 262.34 DKK DK2230003000123456 DABADKKK Refund RB-000001; Invoice B-77",
                        "V0003 120.00 DKK DK3852950001234567 null Refund RB-000003",
                        "V0100 5000 JPY DK2720001234567890 NDEADKKK Invoice K-JP"),
                posted.stream().map(p -> p.vendorAccount() + " " + p.amount() + " " + p.creditorIban() + " "
                        + p.creditorBic() + " " + p.remittance()).toList());
        assertEquals(List.of(Money.ofMinor(382_34, "DKK", 2), Money.ofMinor(150_00, "EUR", 2), Money.ofMinor(5000, "JPY", 0)),
                run.batch().totals());
    }

    @Test
    void exportingAgainGivesTheSameContentWithANewMessageId() throws Exception {
        Path file = dir.resolve("out/pain.xml");
        WrittenFile first = payments.exportFile(run.batch().id(), Pain001Version.V09, file);
        String firstXml = Files.readString(file);
        Pain001Schemas.assertValid(firstXml);
        WrittenFile second = payments.exportFile(run.batch().id(), Pain001Version.V09, file);
        String secondXml = Files.readString(file);

        assertNotEquals(first.messageId(), second.messageId());
        assertEquals("PB-000001-2-20261116093015", second.messageId());
        assertEquals(firstXml.replace(first.messageId(), "ID"), secondXml.replace(second.messageId(), "ID"));
        PaymentBatchSummary batch = payments.batch(run.batch().id());
        assertEquals(2, batch.exportCount());
        assertEquals(second.messageId(), batch.messageId());
        assertEquals(file.toAbsolutePath().normalize(), batch.filePath());
        assertEquals("pain.001.001.09", batch.fileVersion());
        assertEquals(LocalDateTime.of(2026, 11, 16, 9, 30, 15), batch.exportedAt());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()),
                    files.map(f -> f.getFileName().toString()).toList(), "no temporary file left behind");
        }
    }

    @Test
    void version3IsWrittenInItsOwnNamespaceFromTheSameBatch() throws Exception {
        String v09 = write(Pain001Version.V09);
        String v03 = write(Pain001Version.V03);
        PaymentFileReadBack nine = PaymentFileReadBack.read(v09, Pain001Version.V09);
        PaymentFileReadBack three = PaymentFileReadBack.read(v03, Pain001Version.V03);
        assertTrue(v03.contains(Pain001Version.V03.namespace()));
        assertEquals(nine.allTransfers(), three.allTransfers());
        assertEquals(0, nine.ctrlSum().compareTo(three.ctrlSum()));
        assertEquals("pain.001.001.03", payments.batch(run.batch().id()).fileVersion());
    }

    @Test
    void aBatchWhoseBankAccountIsNoLongerValidIsNotExported() {
        TestLedgers.execute(ledger, "UPDATE payment_batch SET bank_iban = 'DK00 1234' WHERE id = " + run.batch().id());
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        UserException refused = assertThrows(UserException.class,
                () -> payments.writeFile(run.batch().id(), Pain001Version.V09, out));

        assertEquals("payment.bank.ibanInvalid", refused.getKey());
        assertEquals(0, out.size());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void anUnknownBatchIsRefusedWithASentence() {
        UserException refused = assertThrows(UserException.class,
                () -> payments.writeFile(99, Pain001Version.V09, new ByteArrayOutputStream()));
        assertEquals("There is no payment batch 99.", refused.format(java.util.Locale.ENGLISH));
    }
}
