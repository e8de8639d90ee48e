package dk.reimbursementdesk.service.payment;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of thousands of invoices in four currencies, posted set-based on a synthetic ledger: the
 * reimbursement run (one vendor invoice per credit document, so vendors have several) plus plain
 * invoices in SEK and JPY, the euro moving between reimbursement and payment. The file's counts and
 * sums must equal the ledger's, and the ledger check must pass.
 */
class PaymentBatchAtScaleTest {

    static final LocalDate REIMBURSED = LocalDate.of(2026, 11, 2);
    static final LocalDate PAY_DATE = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;
    Ledger ledger;
    PaymentService payments;
    long reimbursements;

    @BeforeEach
    void arrange() {
        ledger = TestLedgers.empty(dir);
        new SyntheticLedgerGenerator(ledger).generate(3_000, 6, 11);
        TestLedgers.execute(ledger, "UPDATE parameters SET bank_iban = 'DK5000400440116243', bank_bic = 'DABADKKK'");
        TestLedgers.execute(ledger, "INSERT INTO currency (code, name, decimals) VALUES ('SEK', 'Swedish krona', 2), "
                + "('JPY', 'Japanese yen', 0) ON CONFLICT DO NOTHING");
        TestLedgers.execute(ledger, "INSERT INTO exchange_rate (currency, valid_from, rate) VALUES ('SEK', '2026-01-01', '0.6512'), "
                + "('JPY', '2026-01-01', '0.0420'), ('EUR', '2026-11-10', '7.4700')");
        new ReimbursementService(ledger).run(new ReimbursementRequest(REIMBURSED, false, Selection.all(CustomerQueryFields.CATALOG)),
                RunProgress.NONE);
        reimbursements = TestLedgers.count(ledger, "SELECT count(*) FROM reimbursement");
        // Foreign invoices of several per vendor: their payments are split over them in accounting currency.
        for (int i = 1; i <= 12; i++) {
            String vendor = String.format("V%06d", i);
            ReimbursementFixture.vendorInvoice(ledger, vendor, i % 2 == 0 ? "SEK" : "JPY", (100 + 7 * i) + "", LocalDate.of(2026, 10, i), "S-" + i);
            ReimbursementFixture.vendorInvoice(ledger, vendor, i % 2 == 0 ? "SEK" : "JPY", (33 + i) + "", LocalDate.of(2026, 10, i + 1), "T-" + i);
        }
        assertTrue(new LedgerCheckService(ledger).check().allWell());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void thousandsOfInvoicesInFourCurrenciesArePaidInOneBatchWhoseFileEqualsTheLedger() throws Exception {
        long openBefore = TestLedgers.count(ledger, "SELECT count(*) FROM vendor_transaction WHERE type = 'INVOICE' AND open_amount < 0");
        assertTrue(openBefore > 2_500, "open invoices: " + openBefore);
        assertTrue(TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT vendor_id FROM vendor_transaction WHERE type = 'INVOICE' "
                + "AND currency = 'EUR' GROUP BY vendor_id HAVING count(*) > 1) several") > 0, "a euro vendor with several invoices");
        // Three vendors cannot be paid: the batch is refused whole, then posted without them when asked.
        TestLedgers.execute(ledger, "UPDATE vendor SET iban = NULL WHERE id IN (SELECT vendor_id FROM vendor_transaction "
                + "WHERE type = 'INVOICE' AND open_amount < 0 ORDER BY id LIMIT 3)");
        long vouchersBefore = TestLedgers.count(ledger, "SELECT count(*) FROM voucher");
        Selection everyone = Selection.all(VendorQueryFields.CATALOG);
        InvalidVendorsException refused = assertThrows(InvalidVendorsException.class,
                () -> payments().payVendors(everyone, PAY_DATE, false));
        assertEquals(3, refused.vendors().size());
        assertEquals(vouchersBefore, TestLedgers.count(ledger, "SELECT count(*) FROM voucher"));
        assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM payment"));

        PaymentRun run = payments().payVendors(everyone, PAY_DATE, true);

        assertEquals(3, run.skipped().size());
        long batchId = run.batch().id();
        long paid = TestLedgers.count(ledger, "SELECT count(*) FROM payment_invoice");
        long leftOpen = TestLedgers.count(ledger, "SELECT count(*) FROM vendor_transaction WHERE type = 'INVOICE' AND open_amount < 0");
        assertEquals(openBefore, paid + leftOpen);
        assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM vendor_transaction t JOIN vendor v ON v.id = t.vendor_id "
                + "WHERE t.type = 'INVOICE' AND t.open_amount < 0 AND v.iban IS NOT NULL"), "only the skipped vendors keep open invoices");
        assertEquals(run.batch().paymentCount(), TestLedgers.count(ledger, "SELECT count(*) FROM voucher") - vouchersBefore);
        assertEquals(TestLedgers.count(ledger, "SELECT count(*) FROM reimbursement r JOIN payment_invoice pi "
                + "ON pi.vendor_transaction_id = r.vendor_transaction_id"),
                TestLedgers.count(ledger, "SELECT count(*) FROM reimbursement WHERE status = '" + ReimbursementStatus.PAID + "'"));
        assertEquals(reimbursements, TestLedgers.count(ledger, "SELECT count(*) FROM reimbursement WHERE status IN ('PAID', 'OPEN')"));
        Set<String> currencies = Set.copyOf(ledgerCurrencies(batchId).keySet());
        assertEquals(Set.of("DKK", "EUR", "SEK", "JPY"), currencies);
        // The euro was booked at the rate of 2 November and paid at 7.4700: exchange differences on the payment vouchers.
        assertTrue(TestLedgers.count(ledger, "SELECT count(*) FROM voucher_line l JOIN payment p ON p.voucher_id = l.voucher_id "
                + "WHERE p.batch_id = " + batchId + " AND l.currency = 'DKK' AND p.currency = 'EUR'") > 0);

        Path file = dir.resolve("batch.xml");
        WrittenFile written = payments().exportFile(batchId, Pain001Version.V09, file);

        FileFigures figures = FileFigures.read(file);
        Map<String, long[]> ledgerFigures = ledgerCurrencies(batchId);
        assertEquals(run.batch().paymentCount(), figures.transactions);
        assertEquals(written.transactionCount(), figures.transactions);
        assertEquals(figures.transactions, figures.headerCount);
        assertEquals(0, figures.headerSum.compareTo(written.controlSum()));
        assertEquals(figures.transactions, figures.endToEndIds.size(), "every end-to-end id once");
        assertEquals(ledgerFigures.keySet(), figures.blocks.keySet());
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, long[]> currency : ledgerFigures.entrySet()) {
            Block block = figures.blocks.get(currency.getKey());
            int decimals = currency.getKey().equals("JPY") ? 0 : 2;
            BigDecimal ledgerSum = BigDecimal.valueOf(currency.getValue()[1], decimals);
            assertEquals(currency.getValue()[0], block.transfers, currency.getKey());
            assertEquals(block.transfers, block.headerCount, currency.getKey());
            assertEquals(0, ledgerSum.compareTo(block.sum), currency.getKey());
            assertEquals(0, ledgerSum.compareTo(block.headerSum), currency.getKey());
            assertEquals(currency.getValue()[1], currency.getValue()[2], "the invoices settled add up to the payments in " + currency.getKey());
            total = total.add(ledgerSum);
        }
        assertEquals(0, total.compareTo(figures.headerSum));
        LedgerCheckService.Report report = new LedgerCheckService(ledger).check();
        assertTrue(report.allWell(), () -> String.join("\n", report.findings()));
    }

    private PaymentService payments() {
        if (payments == null) {
            payments = new PaymentService(ledger);
        }
        return payments;
    }

    /** Per currency: payments, their sum, and the sum of the invoices they settled (minor units), from the ledger. */
    private Map<String, long[]> ledgerCurrencies(long batchId) {
        Map<String, long[]> figures = new TreeMap<>();
        for (String currency : List.of("DKK", "EUR", "SEK", "JPY")) {
            long count = TestLedgers.count(ledger, "SELECT count(*) FROM payment p JOIN vendor_transaction t ON t.id = p.vendor_transaction_id "
                    + "WHERE t.type = 'PAYMENT' AND p.batch_id = " + batchId + " AND p.currency = '" + currency + "'");
            if (count > 0) {
                long sum = TestLedgers.count(ledger, "SELECT sum(t.amount) FROM payment p JOIN vendor_transaction t "
                        + "ON t.id = p.vendor_transaction_id WHERE p.batch_id = " + batchId + " AND p.currency = '" + currency + "'");
                long settled = TestLedgers.count(ledger, "SELECT -sum(s.amount) FROM payment p JOIN vendor_settlement s ON s.voucher_id = p.voucher_id "
                        + "JOIN vendor_transaction i ON i.id = s.transaction_id AND i.type = 'INVOICE' "
                        + "WHERE p.batch_id = " + batchId + " AND p.currency = '" + currency + "'");
                figures.put(currency, new long[] {count, sum, settled});
            }
        }
        return figures;
    }

    private static final class Block {
        long headerCount;
        BigDecimal headerSum;
        long transfers;
        BigDecimal sum = BigDecimal.ZERO;
    }

    /** The group header's and each block's figures, and the transfers counted and summed, read with StAX. */
    private static final class FileFigures {
        long headerCount;
        BigDecimal headerSum;
        long transactions;
        final Map<String, Block> blocks = new TreeMap<>();
        final Set<String> endToEndIds = new HashSet<>();

        static FileFigures read(Path file) throws Exception {
            FileFigures f = new FileFigures();
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
                Block block = null;
                boolean inHeader = false;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "GrpHdr" -> inHeader = true;
                        case "PmtInf" -> {
                            inHeader = false;
                            block = new Block();
                        }
                        case "NbOfTxs" -> {
                            long n = Long.parseLong(xml.getElementText());
                            if (inHeader) {
                                f.headerCount = n;
                            } else {
                                block.headerCount = n;
                            }
                        }
                        case "CtrlSum" -> {
                            BigDecimal sum = new BigDecimal(xml.getElementText());
                            if (inHeader) {
                                f.headerSum = sum;
                            } else {
                                block.headerSum = sum;
                            }
                        }
                        case "EndToEndId" -> f.endToEndIds.add(xml.getElementText());
                        case "InstdAmt" -> {
                            String currency = xml.getAttributeValue(null, "Ccy");
                            Block existing = f.blocks.putIfAbsent(currency, block);
                            assertTrue(existing == null || existing == block, "one block per currency");
                            block.transfers++;
                            block.sum = block.sum.add(new BigDecimal(xml.getElementText()));
                            f.transactions++;
                        }
                        default -> { }
                    }
                }
            }
            return f;
        }
    }
}
