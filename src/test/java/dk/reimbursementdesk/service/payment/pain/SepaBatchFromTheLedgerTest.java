package dk.reimbursementdesk.service.payment.pain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.payment.OpenInvoice;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.payment.PaymentRun;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.payment.ReimbursementFixture;
import dk.reimbursementdesk.service.payment.pain.ProwideReadBack.PmtInf;
import dk.reimbursementdesk.service.payment.pain.ProwideReadBack.Tx;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.testing.Pain001Schemas;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One batch posted from a real ledger that mixes EUR transfers into and out of the SEPA scheme: to
 * Germany and to the four countries that joined the scheme's scope in 2024-2025 (Albania, Moldova,
 * Montenegro, North Macedonia), and to Turkey and Brazil, whose IBANs are valid but outside it. Both
 * versions of the file validate against ISO's XSD; the scheme's transfers are one SEPA block with
 * ChrgBr SLEV, the others one block without a service level, ChrgBr SHAR; each block sums its own.
 */
class SepaBatchFromTheLedgerTest {

    private static final LocalDate INVOICED = LocalDate.of(2026, 11, 2);
    private static final LocalDate PAY_DATE = LocalDate.of(2026, 11, 16);

    /** Vendor account, name, IBAN (the SWIFT registry's examples), amount, whether the IBAN's country is in the scheme. */
    private record Creditor(String account, String name, String iban, String amount, boolean sepa) {
    }

    private static final List<Creditor> CREDITORS = List.of(
            new Creditor("V0300", "Müller Bürobedarf GmbH", "DE89370400440532013000", "100.00", true),
            new Creditor("V0301", "Shqipëria Tregti sh.p.k.", "AL47212110090000000235698741", "200.00", true),
            new Creditor("V0302", "Moldova Vin SRL", "MD24AG000225100013104168", "300.00", true),
            new Creditor("V0303", "Crna Gora Turist d.o.o.", "ME25505000012345678951", "400.00", true),
            new Creditor("V0304", "Охрид Трејд ДООЕЛ Makedonija", "MK07250120000058984", "500.00", true),
            new Creditor("V0305", "Yılmaz Tekstil A.Ş.", "TR330006100519786457841326", "600.00", false),
            new Creditor("V0306", "São Paulo Comércio Ltda", "BR1800360305000010009795493C1", "700.00", false));

    @TempDir
    Path dir;
    Ledger ledger;
    PaymentService payments;
    PaymentRun run;
    final Map<String, String> endToEndByVendor = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.demo(dir);
        payments = new PaymentService(ledger);
        VendorService vendors = new VendorService(ledger);
        for (Creditor c : CREDITORS) {
            vendors.save(new VendorService.Draft(false, c.account(), c.name(), "SUPPLIERS", "EUR", c.iban(), null, false));
            ReimbursementFixture.vendorInvoice(ledger, c.account(), "EUR", c.amount(), INVOICED, "INV-" + c.account());
        }
        Set<String> ours = Set.copyOf(CREDITORS.stream().map(Creditor::account).toList());
        List<Long> invoices = payments.openInvoices(OpenInvoiceQuery.all()).stream()
                .filter(i -> ours.contains(i.vendorAccount())).map(OpenInvoice::transactionId).toList();
        run = payments.post(invoices, PAY_DATE, false);
        run.payments().forEach(p -> endToEndByVendor.put(p.vendorAccount(), p.endToEndId()));
    }

    @AfterEach
    void tearDown() {
        LedgerCheckService.Report report = new LedgerCheckService(ledger).check();
        assertTrue(report.allWell(), () -> String.join("\n", report.findings()));
        ledger.close();
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void schemeCountriesGoIntoTheSepaBlockAndTurkeyAndBrazilIntoASharedChargesBlock(Pain001Version version) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        payments.writeFile(run.batch().id(), version, out);
        Pain001Schemas.assertValid(out.toByteArray());
        List<PmtInf> blocks = ProwideReadBack.read(out.toString(StandardCharsets.UTF_8), version).pmtInf();

        assertEquals(2, blocks.size(), "one EUR block in the scheme, one outside it");
        PmtInf sepa = blocks.stream().filter(b -> "SEPA".equals(b.svcLvl())).findFirst().orElseThrow();
        PmtInf outside = blocks.stream().filter(b -> b.svcLvl() == null).findFirst().orElseThrow();
        assertEquals("SLEV", sepa.chrgBr());
        assertEquals("SHAR", outside.chrgBr());
        assertEquals(endToEndIds(true), sepa.txs().stream().map(Tx::endToEndId).sorted().toList());
        assertEquals(endToEndIds(false), outside.txs().stream().map(Tx::endToEndId).sorted().toList());
        assertEquals(new BigDecimal("1500.00"), sepa.ctrlSum());
        assertEquals(new BigDecimal("1300.00"), outside.ctrlSum());
        assertTrue(blocks.stream().flatMap(b -> b.txs().stream()).allMatch(t -> t.ccy().equals("EUR")));
        // Names in the EPC set in both blocks: transliterated, the Cyrillic letters dropped.
        assertEquals(Set.of("Mueller Buerobedarf GmbH", "Shqiperia Tregti sh.p.k.", "Moldova Vin SRL", "Crna Gora Turist d.o.o.",
                        "Makedonija", "Yilmaz Tekstil A.S.", "Sao Paulo Comercio Ltda"),
                Set.copyOf(blocks.stream().flatMap(b -> b.txs().stream()).map(Tx::cdtrName).toList()));
    }

    private List<String> endToEndIds(boolean sepa) {
        return CREDITORS.stream().filter(c -> c.sepa() == sepa).map(c -> endToEndByVendor.get(c.account())).sorted().toList();
    }
}
