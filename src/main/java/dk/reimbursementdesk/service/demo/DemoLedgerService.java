package dk.reimbursementdesk.service.demo;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Fills a new ledger with the demo company "Demo A/S" (DKK): groups, customers (some linked to
 * vendors, some in EUR, one with balances in two currencies), vendors, exchange rates and posted
 * transactions, so that several customers carry credit balances, some above and some below the
 * minimum reimbursement of 100.00 DKK. Every transaction goes through the posting service, so the
 * demo ledger obeys the same rules as a real one.
 */
public final class DemoLedgerService {

    public static final String COMPANY_CODE = "DEMO";
    public static final String COMPANY_NAME = "Demo A/S";

    private final Ledger ledger;

    public DemoLedgerService(Ledger ledger) {
        this.ledger = ledger;
    }

    public void populate() {
        new CompanySetupService(ledger).initialize(COMPANY_CODE, COMPANY_NAME, "DKK", true);
        ledger.inTransactionDo(work -> {
            work.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(100_00);
            Parameters parameters = work.find(Parameters.class, Parameters.SINGLETON_ID);
            parameters.setBankIban("DK5814700000987654");
            parameters.setBankBic("DABADKKK");

            rate(work, "EUR", "2026-01-01", "7.4600");
            rate(work, "EUR", "2026-07-01", "7.4575");
            rate(work, "EUR", "2026-10-01", "7.4525");
            rate(work, "SEK", "2026-01-01", "0.6900");
            rate(work, "USD", "2026-01-01", "6.4000");

            // The groups' names in the ledger's language, as its accounts and sequences are (codes stay English).
            ResourceBundle text = ResourceBundle.getBundle("i18n.messages", Locale.getDefault());
            CustomerGroup retail = persist(work, new CustomerGroup("RETAIL", text.getString("demo.group.retail")));
            CustomerGroup wholesale = persist(work, new CustomerGroup("WHOLESALE", text.getString("demo.group.wholesale")));
            CustomerGroup pub = persist(work, new CustomerGroup("PUBLIC", text.getString("demo.group.public")));
            VendorGroup suppliers = persist(work, new VendorGroup("SUPPLIERS", text.getString("demo.group.suppliers")));
            VendorGroup refunds = persist(work, new VendorGroup("REFUNDS", text.getString("demo.group.refunds")));

            Vendor bager = persist(work, new Vendor("V0001", "Bager Hansen ApS", refunds, "DKK", "DK2230003000123456", "DABADKKK", false));
            Vendor fleur = persist(work, new Vendor("V0002", "Fleur de Lys SARL", refunds, "EUR", "FR1420041010050500013M02606", "BNPAFRPP", false));
            Vendor jensen = persist(work, new Vendor("V0003", "Jensen Cykler", refunds, "DKK", "DK3852950001234567", null, false));
            persist(work, new Vendor("V0100", "Kontorland A/S", suppliers, "DKK", "DK2720001234567890", "NDEADKKK", false));
            persist(work, new Vendor("V0101", "Papirgrossisten ApS", suppliers, "DKK", null, null, false));

            persist(work, new Customer("C0001", "Bager Hansen ApS", retail, "DKK", "DK2230003000123456", "DABADKKK", bager));
            persist(work, new Customer("C0002", "Møller & Søn A/S", wholesale, "DKK", null, null, null));
            persist(work, new Customer("C0003", "Nordisk Kaffe ApS", retail, "DKK", "DK6476500009876543", null, null));
            persist(work, new Customer("C0004", "Café Europa GmbH", wholesale, "EUR", "DE89370400440532013000", "COBADEFFXXX", null));
            persist(work, new Customer("C0005", "Fleur de Lys SARL", retail, "EUR", "FR1420041010050500013M02606", "BNPAFRPP", fleur));
            persist(work, new Customer("C0006", "Svendsen Byg A/S", wholesale, "DKK", "DK0713220000555444", null, null));
            persist(work, new Customer("C0007", "Aarhus Kommune", pub, "DKK", null, null, null));
            persist(work, new Customer("C0008", "Jensen Cykler", retail, "DKK", "DK3852950001234567", null, jensen));
            persist(work, new Customer("C0009", "Kiel Handel GmbH", wholesale, "EUR", "DE89370400440532013000", null, null));
            persist(work, new Customer("C0010", "Odense Blomster", retail, "DKK", "DK0554700001112223", null, null));
            persist(work, new Customer("C0011", "Stockholm Design AB", wholesale, "SEK", "SE4550000000058398257466", "ESSESESS", null));
            persist(work, new Customer("C0012", "Vestjysk Maskin ApS", wholesale, "DKK", "DK5000400440116243", "DABADKKK", null));
        });

        PostingService posting = new PostingService(ledger);
        // Overpaid by 250.00 DKK; linked to its vendor.
        post(posting, "C0001", CustomerTransactionType.INVOICE, "2026-09-01", "INV-1001", "1000.00", null);
        post(posting, "C0001", CustomerTransactionType.PAYMENT, "2026-09-20", "PAY-5001", "1250.00", null);
        // Paid in full, then a credit note: 800.00 DKK credit, no vendor (a one-time vendor will be made).
        post(posting, "C0002", CustomerTransactionType.INVOICE, "2026-08-10", "INV-1002", "5000.00", null);
        post(posting, "C0002", CustomerTransactionType.PAYMENT, "2026-09-05", "PAY-5002", "5000.00", null);
        post(posting, "C0002", CustomerTransactionType.CREDIT_NOTE, "2026-09-12", "CN-3001", "800.00", null);
        // A 50.00 DKK credit: below the minimum.
        post(posting, "C0003", CustomerTransactionType.INVOICE, "2026-09-03", "INV-1003", "300.00", null);
        post(posting, "C0003", CustomerTransactionType.PAYMENT, "2026-09-25", "PAY-5003", "350.00", null);
        // 150.00 EUR overpaid, booked at two different rates (an exchange difference on settlement).
        post(posting, "C0004", CustomerTransactionType.INVOICE, "2026-06-15", "INV-1004", "2000.00", null);
        post(posting, "C0004", CustomerTransactionType.PAYMENT, "2026-10-02", "PAY-5004", "2150.00", null);
        // 10.00 EUR credit, about 74.53 DKK: below the minimum after conversion.
        post(posting, "C0005", CustomerTransactionType.INVOICE, "2026-07-10", "INV-1005", "100.00", null);
        post(posting, "C0005", CustomerTransactionType.PAYMENT, "2026-07-30", "PAY-5005", "110.00", null);
        // Owes money: not a credit.
        post(posting, "C0006", CustomerTransactionType.INVOICE, "2026-10-15", "INV-1006", "12500.00", null);
        // Settled exactly: zero balance.
        post(posting, "C0007", CustomerTransactionType.INVOICE, "2026-08-20", "INV-1007", "4000.00", null);
        post(posting, "C0007", CustomerTransactionType.PAYMENT, "2026-09-18", "PAY-5007", "4000.00", null);
        // A credit note with nothing to settle: 120.00 DKK credit, linked vendor without BIC.
        post(posting, "C0008", CustomerTransactionType.CREDIT_NOTE, "2026-10-05", "CN-3008", "120.00", null);
        // Credits in two currencies: 20.00 EUR and 300.00 DKK.
        post(posting, "C0009", CustomerTransactionType.INVOICE, "2026-09-01", "INV-1009", "500.00", null);
        post(posting, "C0009", CustomerTransactionType.PAYMENT, "2026-09-28", "PAY-5009", "520.00", null);
        post(posting, "C0009", CustomerTransactionType.CREDIT_NOTE, "2026-10-10", "CN-3009", "300.00", "DKK");
        // Part paid: still owes 500.00 DKK.
        post(posting, "C0010", CustomerTransactionType.INVOICE, "2026-09-09", "INV-1010", "2000.00", null);
        post(posting, "C0010", CustomerTransactionType.PAYMENT, "2026-10-09", "PAY-5010", "1500.00", null);
        // 1,000.00 SEK credit, about 690.00 DKK.
        post(posting, "C0011", CustomerTransactionType.INVOICE, "2026-08-01", "INV-1011", "4000.00", null);
        post(posting, "C0011", CustomerTransactionType.PAYMENT, "2026-08-29", "PAY-5011", "5000.00", null);
        // Invoice, credit note and payment: 800.00 DKK credit, two credit documents.
        post(posting, "C0012", CustomerTransactionType.INVOICE, "2026-09-14", "INV-1012", "800.00", null);
        post(posting, "C0012", CustomerTransactionType.CREDIT_NOTE, "2026-09-30", "CN-3012", "800.00", null);
        post(posting, "C0012", CustomerTransactionType.PAYMENT, "2026-10-01", "PAY-5012", "800.00", null);
    }

    private static void post(PostingService posting, String customer, CustomerTransactionType type, String date,
                             String document, String amount, String currency) {
        LocalDate day = LocalDate.parse(date);
        posting.postCustomerTransaction(new CustomerTransactionRequest(customer, type, day,
                type == CustomerTransactionType.INVOICE ? day.plusDays(30) : null, document, new BigDecimal(amount), currency));
    }

    private static void rate(UnitOfWork work, String currency, String from, String rate) {
        work.persist(new ExchangeRate(currency, LocalDate.parse(from), new BigDecimal(rate)));
    }

    private static <T> T persist(UnitOfWork work, T entity) {
        work.persist(entity);
        return entity;
    }
}
