package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.backup.Backups;
import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.domain.Reimbursement;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.domain.VendorTransaction;
import dk.reimbursementdesk.domain.VendorTransactionType;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.payment.OpenInvoiceQueries;
import dk.reimbursementdesk.persistence.payment.PaymentBatchStore;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.ExchangeRates;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.payment.pain.FileTotals;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.payment.pain.Pain001Writer;
import dk.reimbursementdesk.service.posting.VendorLedgerWriter;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import dk.reimbursementdesk.service.query.Selection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Vendor payments: lists open vendor invoices, proposes one payment per vendor and currency, posts a
 * batch of payments in one transaction (all land or none), and writes the batch's pain.001 file, as
 * often as asked, each time with a new message id. The screen and the {@code pay} command both call
 * this; neither needs anything else.
 */
public final class PaymentService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MESSAGE_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final Ledger ledger;
    private final Clock clock;
    private final Pain001Writer writer = new Pain001Writer();

    public PaymentService(Ledger ledger) {
        this(ledger, Clock.systemDefaultZone());
    }

    /** With a clock, so tests can pin posting and file creation times. */
    public PaymentService(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The open vendor invoices the query selects, by vendor, currency and due date. */
    public List<OpenInvoice> openInvoices(OpenInvoiceQuery query) {
        Locale locale = Locale.getDefault();
        return ledger.inTransaction(work -> OpenInvoiceReader.read(work, locale, query));
    }

    /** The company bank account payments go out from: its IBAN and BIC from the parameters. */
    public BankAccount companyBankAccount() {
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            return bankAccount(context, Locale.getDefault());
        });
    }

    /** What posting these invoices on {@code date} would do; writes nothing. */
    public PaymentProposal propose(Collection<Long> invoiceIds, LocalDate date) {
        Locale locale = Locale.getDefault();
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            BankAccount bank = bankAccount(context, locale);
            List<OpenInvoice> rows = OpenInvoiceReader.byIds(work, locale, new LinkedHashSet<>(invoiceIds));
            Grouping grouping = Grouping.of(rows, locale);
            return new PaymentProposal(date, bank.iban(), bank.bic(), grouping.payments(), grouping.problems(),
                    totals(grouping.payments()), bank.problem());
        });
    }

    /** The posted batches, newest first. */
    public List<PaymentBatchSummary> batches() {
        return ledger.inTransaction(work -> PaymentBatches.summaries(work, null));
    }

    public PaymentBatchSummary batch(long batchId) {
        return ledger.inTransaction(work -> PaymentBatches.summaries(work, batchId))
                .stream().findFirst()
                .orElseThrow(() -> PaymentMessages.refusal("payment.batchUnknown", batchId));
    }

    /** The payments of a posted batch, in file order. */
    public List<PostedPayment> payments(long batchId) {
        return ledger.inTransaction(work -> PaymentBatches.payments(work, batchId));
    }

    // ---- posting -------------------------------------------------------------------------------

    /**
     * Pays the selected open vendor invoices on {@code date}: one payment per vendor and currency
     * settling its invoices in full, each with a balanced voucher (Dr AP control, Cr bank) at the
     * date's rate; reimbursements whose vendor invoice is now paid become paid. One transaction.
     *
     * @param skipInvalid leave out vendors without a valid IBAN (or with a malformed BIC) and name
     *                    them in the result; when false such vendors refuse the whole batch
     * @throws InvalidVendorsException when a vendor cannot be paid and {@code skipInvalid} is false
     * @throws UserException           for any other refusal; nothing is written then
     */
    public PaymentRun post(Collection<Long> invoiceIds, LocalDate date, boolean skipInvalid) {
        if (date == null) {
            throw PaymentMessages.refusal("payment.dateRequired");
        }
        if (invoiceIds == null || invoiceIds.isEmpty()) {
            throw PaymentMessages.refusal("payment.nothingSelected");
        }
        Set<Long> ids = new LinkedHashSet<>(invoiceIds);
        Locale locale = Locale.getDefault();
        Backups.before(ledger, BackupReason.PAYMENT);
        return ledger.inTransaction(work -> {
            List<OpenInvoice> rows = OpenInvoiceReader.byIds(work, locale, ids);
            if (rows.size() != ids.size()) {
                throw PaymentMessages.refusal("payment.invoiceNotOpen", ids.size() - rows.size());
            }
            return postRows(work, rows, date, skipInvalid, locale);
        });
    }

    /**
     * The {@code pay} command: every open invoice of the selected vendors, paid on {@code date}.
     * Same rules as {@link #post}.
     */
    public PaymentRun payVendors(Selection vendors, LocalDate date, boolean skipInvalid) {
        if (date == null) {
            throw PaymentMessages.refusal("payment.dateRequired");
        }
        OpenInvoiceQuery query = new OpenInvoiceQuery(vendors, null, null, false);
        Locale locale = Locale.getDefault();
        Backups.before(ledger, BackupReason.PAYMENT);
        return ledger.inTransaction(work -> {
            List<OpenInvoice> rows = OpenInvoiceReader.read(work, locale, query);
            if (rows.isEmpty()) {
                throw PaymentMessages.refusal("payment.nothingOpen", vendors.describe(locale));
            }
            return postRows(work, rows, date, skipInvalid, locale);
        });
    }

    private PaymentRun postRows(UnitOfWork work, List<OpenInvoice> rows, LocalDate date, boolean skipInvalid, Locale locale) {
        LedgerContext context = LedgerContext.load(work);
        BankAccount bank = bankAccount(context, locale);
        if (bank.problemKey() != null) {
            throw PaymentMessages.refusal(bank.problemKey(), bank.iban() == null ? "" : bank.iban(),
                    bank.bic() == null ? "" : bank.bic());
        }
        Grouping grouping = Grouping.of(rows, locale);
        if (!grouping.problems().isEmpty() && !skipInvalid) {
            throw new InvalidVendorsException(grouping.problems());
        }
        if (grouping.payments().isEmpty()) {
            throw PaymentMessages.refusal("payment.nothingToPay");
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        PaymentBatchStore store = new PaymentBatchStore(work);
        long batchId = store.insertBatch(date, STAMP.format(now), bank.iban(), bank.bic(), grouping.payments().size());
        String batchNumber = PaymentBatchStore.batchNumber(batchId);

        int lineNo = 0;
        for (ProposedPayment proposed : grouping.payments()) {
            lineNo++;
            String endToEndId = batchNumber + "-" + String.format("%04d", lineNo);
            Currency currency = Currencies.require(work, proposed.amount().currency());
            long amount = proposed.amount().minorUnits();
            BigDecimal rate = ExchangeRates.require(work, currency.getCode(), context.accountingCurrencyCode(), date);
            long amountAcc = ExchangeConversion.toAccountingMinor(amount, currency.getDecimals(), rate, context.accountingDecimals());

            List<VendorTransaction> invoices = new ArrayList<>();
            for (Long id : proposed.invoiceIds()) {
                VendorTransaction invoice = work.find(VendorTransaction.class, id);
                if (invoice.getType() != VendorTransactionType.INVOICE || invoice.getOpenAmount() >= 0) {
                    throw PaymentMessages.refusal("payment.invoiceNotOpen", 1);
                }
                invoices.add(invoice);
            }
            Voucher voucher = VoucherPoster.open(work, context, date,
                    "PAYMENT " + endToEndId + " " + proposed.vendorAccount(), null);
            // Dr AP control, Cr bank, at the payment date's rate; the invoices close in full.
            Parameters p = context.parameters();
            voucher.addLine(p.getApControlAccount(), amountAcc, 0, currency.getCode(), amount, null);
            voucher.addLine(p.getBankAccount(), 0, amountAcc, currency.getCode(), -amount, null);
            VendorTransaction payment = VendorLedgerWriter.add(work, voucher, invoices.get(0).getVendor(),
                    VendorTransactionType.PAYMENT, date, null, endToEndId, currency.getCode(), amount, amountAcc);
            VendorLedgerWriter.settleInFull(work, context, voucher, payment, invoices);
            VoucherPoster.post(work, context, voucher);
            markReimbursementsPaid(work, invoices);

            long paymentRowId = store.insertPayment(new PaymentBatchStore.NewPayment(batchId, lineNo, endToEndId,
                    invoices.get(0).getVendor().getId(), proposed.amount().currency(), proposed.amount().minorUnits(),
                    amountAcc, voucher.getId(), payment.getId(), proposed.vendorName(), Iban.normalize(proposed.iban()),
                    BankAccountCheck.blankToNull(proposed.bic()), proposed.remittance()));
            for (VendorTransaction invoice : invoices) {
                store.insertInvoice(paymentRowId, invoice.getId(), -invoice.getAmount());
            }
        }
        work.flush();
        // A batch that could not become a valid file is not posted: the bank would refuse what the
        // books already say was paid.
        writer.validate(FileBatchBuilder.header(PaymentBatches.summaries(work, batchId).get(0), context.company().getName(),
                batchNumber + "-CHECK", now), FileBatchBuilder.transfers(work, batchId));
        PaymentBatchSummary summary = PaymentBatches.summaries(work, batchId).get(0);
        List<PostedPayment> payments = PaymentBatches.payments(work, batchId);
        return new PaymentRun(summary, payments, grouping.problems());
    }

    private static void markReimbursementsPaid(UnitOfWork work, List<VendorTransaction> invoices) {
        List<VendorTransaction> closed = invoices.stream().filter(i -> i.getOpenAmount() == 0).toList();
        if (closed.isEmpty()) {
            return;
        }
        new OpenInvoiceQueries(work).openReimbursementsOf(closed).forEach(Reimbursement::markPaid);
    }

    // ---- the bank file -------------------------------------------------------------------------

    /**
     * Writes the batch's payment file to {@code out} with a new message id and records that id on
     * the batch. The stream is flushed, not closed.
     */
    public WrittenFile writeFile(long batchId, Pain001Version version, OutputStream out) throws IOException {
        return export(batchId, version, out, null);
    }

    /**
     * Writes the batch's payment file to {@code file} (replacing it; a half-written file never takes
     * its place) and records the path and message id on the batch.
     */
    public WrittenFile exportFile(long batchId, Pain001Version version, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, ".payment-", ".xml.part");
        try {
            WrittenFile written;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                written = export(batchId, version, out, target);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private WrittenFile export(long batchId, Pain001Version version, OutputStream out, Path target) throws IOException {
        if (version == null) {
            throw PaymentMessages.refusal("payment.versionRequired");
        }
        try {
            return ledger.inTransaction(work -> {
                LedgerContext context = LedgerContext.load(work);
                PaymentBatchSummary batch = PaymentBatches.summaries(work, batchId).stream().findFirst()
                        .orElseThrow(() -> PaymentMessages.refusal("payment.batchUnknown", batchId));
                String problem = BankAccountCheck.bankProblemKey(batch.bankIban(), batch.bankBic());
                if (problem != null) {
                    throw PaymentMessages.refusal(problem, nullToEmpty(batch.bankIban()), nullToEmpty(batch.bankBic()));
                }
                LocalDateTime now = LocalDateTime.now(clock).withNano(0);
                int exportNo = batch.exportCount() + 1;
                String messageId = batch.number() + "-" + exportNo + "-" + MESSAGE_STAMP.format(now);
                FileTotals totals;
                try {
                    totals = writer.write(FileBatchBuilder.header(batch, context.company().getName(), messageId, now),
                            FileBatchBuilder.transfers(work, batchId), version, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                new PaymentBatchStore(work).recordExport(batchId, exportNo, messageId, version.namespace()
                        .substring(version.namespace().lastIndexOf(':') + 1), STAMP.format(now),
                        target == null ? null : target.toString());
                return new WrittenFile(batchId, batch.number(), version, messageId, totals.transactionCount(),
                        totals.controlSum(), target);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The company's bank account for payments, and why it cannot pay (null when it can). */
    public record BankAccount(String ledgerAccount, String ledgerAccountName, String iban, String bic,
                              String problemKey, String problem) {
    }

    private static BankAccount bankAccount(LedgerContext context, Locale locale) {
        var p = context.parameters();
        String iban = BankAccountCheck.blankToNull(p.getBankIban());
        String bic = BankAccountCheck.blankToNull(p.getBankBic());
        String key = BankAccountCheck.bankProblemKey(iban, bic);
        return new BankAccount(p.getBankAccount().getNumber(), p.getBankAccount().getName(), iban, bic, key,
                key == null ? null : PaymentMessages.text(locale, key, nullToEmpty(iban), nullToEmpty(bic)));
    }

    static List<Money> totals(List<ProposedPayment> payments) {
        Map<String, Money> byCurrency = new TreeMap<>();
        for (ProposedPayment p : payments) {
            byCurrency.merge(p.amount().currency(), p.amount(), Money::plus);
        }
        return List.copyOf(byCurrency.values());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Open invoices grouped into payments per vendor and currency, with the vendors that cannot be paid. */
    private record Grouping(List<ProposedPayment> payments, List<VendorProblem> problems) {

        static Grouping of(List<OpenInvoice> rows, Locale locale) {
            Map<List<String>, List<OpenInvoice>> groups = new LinkedHashMap<>();
            Map<String, VendorProblem> problems = new LinkedHashMap<>();
            for (OpenInvoice row : rows) {
                if (!row.payable()) {
                    problems.putIfAbsent(row.vendorAccount(),
                            new VendorProblem(row.vendorAccount(), row.vendorName(), row.accountProblem()));
                    continue;
                }
                groups.computeIfAbsent(List.of(row.vendorAccount(), row.openAmount().currency()), k -> new ArrayList<>()).add(row);
            }
            List<ProposedPayment> payments = new ArrayList<>();
            groups.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> {
                        int byVendor = a.get(0).compareToIgnoreCase(b.get(0));
                        return byVendor != 0 ? byVendor : a.get(1).compareTo(b.get(1));
                    }))
                    .forEach(e -> payments.add(payment(e.getValue(), locale)));
            return new Grouping(payments, List.copyOf(problems.values()));
        }

        private static ProposedPayment payment(List<OpenInvoice> invoices, Locale locale) {
            OpenInvoice first = invoices.get(0);
            Money amount = invoices.stream().map(OpenInvoice::openAmount).reduce(Money::plus).orElseThrow();
            List<String> reimbursements = invoices.stream().flatMap(i -> i.reimbursements().stream()).distinct().toList();
            List<String> otherDocuments = invoices.stream().filter(i -> i.reimbursements().isEmpty())
                    .map(OpenInvoice::document).distinct().toList();
            List<String> parts = new ArrayList<>();
            if (!reimbursements.isEmpty()) {
                parts.add(PaymentMessages.text(locale, "payment.remittance.reimbursements", String.join(", ", reimbursements)));
            }
            if (!otherDocuments.isEmpty()) {
                parts.add(PaymentMessages.text(locale, "payment.remittance.invoices", String.join(", ", otherDocuments)));
            }
            return new ProposedPayment(first.vendorAccount(), first.vendorName(), first.iban(), first.bic(), amount,
                    invoices.stream().map(OpenInvoice::transactionId).toList(), reimbursements,
                    parts.stream().collect(Collectors.joining("; ")));
        }
    }
}
