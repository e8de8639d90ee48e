package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.LegalEntity;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.interchange.TransactionImportStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.CustomerLedgerWriter;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports open customer items brought over from another system: each row becomes a customer
 * transaction dated as in the file and converted at the rate valid on its date. They are settled as if
 * entered in the window in date order, and the whole file is posted on one opening-balance voucher
 * dated the latest date in the file: AR control against the opening-balance account, plus the realized
 * exchange results of the settlements, so the ledger check holds afterwards.
 *
 * <p>A million rows must import in seconds, so the rows are checked and settled in memory and
 * written with batched plain SQL; ids are assigned here so settlements can refer to them without a
 * round trip per row.
 */
final class TransactionImport {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionImport.class);

    private TransactionImport() {
    }

    static ImportResult run(UnitOfWork work, CsvTable table, String source, boolean write) {
        Problems problems = new Problems();
        table.requireColumns(problems, "customer", "date", "type", "document", "amount");
        problems.refuseIfAny();
        List<OpenItem> items = new ArrayList<>();
        Set<String> currencies = new HashSet<>();
        long start = System.nanoTime();
        read(table, problems, new LedgerLookup(work), ledgerDocuments(new TransactionImportStore(work)), items, currencies);
        LOG.debug("Read and checked {} rows in {} ms", items.size(), (System.nanoTime() - start) / 1_000_000);
        problems.refuseIfAny();
        if (!write || items.isEmpty()) {
            return new ImportResult(ImportKind.TRANSACTIONS, items.size(), null, 0);
        }
        Writes.ensureCurrencies(work, currencies);
        TransactionImportStore store = new TransactionImportStore(work);
        LedgerContext context = LedgerContext.load(work);
        int latest = items.stream().mapToInt(OpenItem::date).max().orElseThrow();
        Voucher voucher = VoucherPoster.open(work, context, LocalDate.ofEpochDay(latest),
                InterchangeText.text("import.voucher.description", source), null);
        work.flush();
        ImportSettlement settlement = write(store, voucher.getId(), items);

        Parameters p = context.parameters();
        String accounting = context.accountingCurrencyCode();
        // Both lines are written even when the items net to zero, so the voucher is never empty.
        PostingService.addSignedLine(voucher, p.getArControlAccount(), settlement.netAcc(), accounting, settlement.netAcc());
        PostingService.addSignedLine(voucher, p.getOpeningBalanceAccount(), -settlement.netAcc(), accounting, -settlement.netAcc());
        CustomerLedgerWriter.postExchangeDifference(context, voucher, settlement.loss());
        CustomerLedgerWriter.postExchangeDifference(context, voucher, -settlement.gain());
        VoucherPoster.post(work, context, voucher);
        return new ImportResult(ImportKind.TRANSACTIONS, items.size(), voucher.getNumber(), settlement.settlementCount());
    }

    /** The documents already in the ledger, by customer: a file may not bring one in again. */
    private static DocumentNumbers ledgerDocuments(TransactionImportStore store) {
        DocumentNumbers documents = new DocumentNumbers();
        store.eachDocument(row -> documents.add(row.number("customer_id"), row.text("document"), DocumentNumbers.IN_LEDGER));
        return documents;
    }

    private static void read(CsvTable table, Problems problems, LedgerLookup lookup, DocumentNumbers documents,
                             List<OpenItem> items, Set<String> currencies) {
        int customer = table.column("customer");
        int date = table.column("date");
        int type = table.column("type");
        int document = table.column("document");
        int amount = table.column("amount");
        int currency = table.column("currency");
        int dueDate = table.column("due_date");
        LedgerLookup.Parties customers = lookup.customers();
        Map<String, TreeMap<Integer, BigDecimal>> rates = lookup.rates();
        String accounting = lookup.accountingCurrency();
        int accountingDecimals = lookup.decimals(accounting);

        for (CsvTable.Row row = table.next(problems); row != null; row = table.next(problems)) {
            long line = row.line();
            LedgerLookup.Party party = null;
            String customerText = PartyImport.required(row, customer, "customer", problems);
            if (customerText != null) {
                party = customers.find(customerText);
                if (party == null) {
                    problems.add(line, "customer", "import.customer.unknown", customerText);
                }
            }
            int day = table.limits().date(row, date, "date", true, problems);
            CustomerTransactionType kind = null;
            String typeText = PartyImport.required(row, type, "type", problems);
            if (typeText != null) {
                kind = enterableType(typeText);
                if (kind == null) {
                    problems.add(line, "type", "import.type.unknown", typeText);
                }
            }
            String documentText = PartyImport.required(row, document, "document", problems);
            if (documentText != null && party != null) {
                long first = documents.add(party.id(), documentText, line);
                if (first == DocumentNumbers.IN_LEDGER) {
                    problems.add(line, "document", "import.document.exists", documentText, party.account());
                } else if (first > 0) {
                    problems.add(line, "document", "import.document.duplicateInFile", documentText, party.account(),
                            String.valueOf(first));
                }
            }

            String currencyText = row.value(currency);
            String code = null;
            Integer decimals = null;
            if (!currencyText.isEmpty()) {
                code = currencyText.toUpperCase(Locale.ROOT);
                decimals = lookup.decimals(code);
                if (decimals == null) {
                    problems.add(line, "currency", "import.currency.notIso", currencyText);
                    code = null;
                }
            } else if (party != null) {
                code = party.currency();
                decimals = lookup.decimals(code);
            }

            long minor = 0;
            String amountText = PartyImport.required(row, amount, "amount", problems);
            if (amountText != null) {
                Fields.Decimal decimal = Fields.decimal(amountText);
                if (decimal == null) {
                    problems.add(line, "amount", "import.amount.notNumber", amountText);
                } else if (!decimal.positive()) {
                    problems.add(line, "amount", "import.amount.notPositive", amountText);
                } else if (decimals != null && !Fields.fitsDecimals(decimal, decimals)) {
                    problems.add(line, "amount", "import.amount.tooPrecise", amountText, code, decimals);
                } else if (decimals != null) {
                    minor = decimal.toMinor(decimals);
                }
            }
            int due = table.limits().date(row, dueDate, "due_date", false, problems);

            long minorAcc = minor;
            if (code != null && !code.equals(accounting) && day != Fields.NOT_A_DATE) {
                TreeMap<Integer, BigDecimal> byDay = rates.get(code);
                Map.Entry<Integer, BigDecimal> rate = byDay == null ? null : byDay.floorEntry(day);
                if (rate == null) {
                    problems.add(line, "currency", "import.rate.missing", code, Fields.isoDate(day));
                } else {
                    minorAcc = ExchangeConversion.toAccountingMinor(minor, decimals, rate.getValue(), accountingDecimals);
                }
            }
            if (problems.isEmpty()) {
                if (due == Fields.NOT_A_DATE && kind == CustomerTransactionType.INVOICE) {
                    // As in the window: an invoice without a due date falls due on its date.
                    due = day;
                }
                currencies.add(code);
                items.add(new OpenItem(party.id(), kind, day, due, documentText, code,
                        kind.sign() * minor, kind.sign() * minorAcc));
            }
        }
    }

    private static CustomerTransactionType enterableType(String text) {
        for (CustomerTransactionType type : List.of(CustomerTransactionType.INVOICE, CustomerTransactionType.PAYMENT,
                CustomerTransactionType.CREDIT_NOTE)) {
            if (type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        return null;
    }

    private static ImportSettlement write(TransactionImportStore store, long voucherId, List<OpenItem> items) {
        long nextId = store.nextTransactionId();
        OpenItem[] ordered = items.toArray(new OpenItem[0]);
        // Settlement never crosses customers, so each customer's items only need to be in date order
        // (stable: items of one date keep the file's order, as if typed in that order). Grouping by
        // customer as well makes every index insert an append, which is what makes a million rows fast.
        java.util.Arrays.sort(ordered, java.util.Comparator.comparingLong((OpenItem item) -> item.customerId)
                .thenComparingInt(OpenItem::date));
        for (OpenItem item : ordered) {
            item.id = nextId++;
        }
        ImportSettlement settlement = new ImportSettlement();
        settlement.addExisting(existingOpenItems(store, items));
        settlement.settle(ordered);
        long start = System.nanoTime();
        DateTexts dates = new DateTexts(ordered);
        TransactionImportStore.BulkIndexes transactionIndexes = store.dropTransactionIndexesForBulkInsert(ordered.length);
        try (TransactionImportStore.TransactionRows rows = store.transactionRows(voucherId)) {
            for (OpenItem item : ordered) {
                rows.add(item.id, item.customerId, item.type, dates.text(item.date),
                        item.due == Fields.NOT_A_DATE ? null : dates.text(item.due), item.document, item.currency,
                        item.amount, item.amountAcc);
            }
        }
        long rowsWritten = System.nanoTime();
        transactionIndexes.restore();
        long inserted = System.nanoTime();
        LOG.debug("Inserted transactions in {} ms, rebuilt {} indexes in {} ms", (rowsWritten - start) / 1_000_000,
                transactionIndexes.count(), (inserted - rowsWritten) / 1_000_000);
        settlement.writeOpenItems(store, keyOrder(ordered));
        long opened = System.nanoTime();
        settlement.writeSettlements(store, voucherId);
        settlement.updateExisting(store);
        LOG.debug("Wrote {} transactions in {} ms, {} open items in {} ms and {} settlement rows in {} ms", ordered.length,
                (inserted - start) / 1_000_000, settlement.openItemCount(), (opened - inserted) / 1_000_000,
                settlement.rowCount(), (System.nanoTime() - opened) / 1_000_000);
        return settlement;
    }

    /**
     * The items in customer_open_item's key order (customer, currency, date, transaction), so that its
     * rows append. Ids already run per customer in date order, so only a customer with items in several
     * currencies is out of order; the stable sort keeps each currency's items in id (and so date) order
     * and, finding long sorted runs, costs little more than one pass.
     */
    private static OpenItem[] keyOrder(OpenItem[] ordered) {
        OpenItem[] byKey = ordered.clone();
        java.util.Arrays.sort(byKey, java.util.Comparator.comparingLong((OpenItem item) -> item.customerId)
                .thenComparing((OpenItem item) -> item.currency));
        return byKey;
    }

    /** Open debit items already in the ledger for the file's customers: a credit in the file may settle them. */
    private static List<OpenItem> existingOpenItems(TransactionImportStore store, List<OpenItem> items) {
        Set<Long> customers = new HashSet<>();
        for (OpenItem item : items) {
            customers.add(item.customerId);
        }
        List<OpenItem> existing = new ArrayList<>();
        store.eachOpenDebit(row -> {
            long customerId = row.number("customer_id");
            if (!customers.contains(customerId)) {
                return;
            }
            String due = row.text("due_date");
            OpenItem item = new OpenItem(customerId, CustomerTransactionType.valueOf(row.text("type")),
                    Fields.epochDay(row.text("transaction_date")), due == null ? Fields.NOT_A_DATE : Fields.epochDay(due),
                    row.text("document"), row.text("currency"), row.number("amount"), row.number("amount_acc"));
            item.id = row.number("id");
            item.open = row.number("open_amount");
            item.openAcc = row.number("open_amount_acc");
            existing.add(item);
        });
        return existing;
    }
}
