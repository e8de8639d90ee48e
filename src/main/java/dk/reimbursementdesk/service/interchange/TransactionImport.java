package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Voucher;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.interchange.TransactionImportStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.CustomerLedgerWriter;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.posting.VoucherPoster;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        TransactionImportStore store = new TransactionImportStore(work);
        Reader reader = Reader.of(table, problems, new LedgerLookup(work), ledgerDocuments(store));
        if (!write) {
            long[] rows = new long[1];
            reader.produce(item -> rows[0]++);
            problems.refuseIfAny();
            return new ImportResult(ImportKind.TRANSACTIONS, Math.toIntExact(rows[0]), null, 0);
        }
        // The file is read and checked on a thread of its own while this one, which holds the
        // transaction, writes the rows already checked: a refused row still writes nothing, because
        // the refusal below rolls back what was written.
        TransactionWriter writer = new TransactionWriter(work, store, source);
        try (RowPipe<OpenItem> pipe = RowPipe.start("import reader", reader)) {
            for (List<OpenItem> rows = pipe.next(); rows != null; rows = pipe.next()) {
                writer.add(rows);
            }
        } catch (RuntimeException | Error e) {
            writer.abandon();
            throw e;
        }
        // On PostgreSQL the rows went by COPY as they came: it ends before the refusal's rollback.
        writer.pause();
        problems.refuseIfAny();
        if (writer.rows() == 0) {
            return new ImportResult(ImportKind.TRANSACTIONS, 0, null, 0);
        }
        ImportSettlement settlement = writer.finish();
        LedgerContext context = writer.context();
        Voucher voucher = writer.voucher();

        Parameters p = context.parameters();
        String accounting = context.accountingCurrencyCode();
        // Both lines are written even when the items net to zero, so the voucher is never empty.
        PostingService.addSignedLine(voucher, p.getArControlAccount(), settlement.netAcc(), accounting, settlement.netAcc());
        PostingService.addSignedLine(voucher, p.getOpeningBalanceAccount(), -settlement.netAcc(), accounting, -settlement.netAcc());
        CustomerLedgerWriter.postExchangeDifference(context, voucher, settlement.loss());
        CustomerLedgerWriter.postExchangeDifference(context, voucher, -settlement.gain());
        VoucherPoster.post(work, context, voucher);
        return new ImportResult(ImportKind.TRANSACTIONS, writer.rows(), voucher.getNumber(), settlement.settlementCount());
    }

    /** The documents already in the ledger, by customer: a file may not bring one in again. */
    private static DocumentNumbers ledgerDocuments(TransactionImportStore store) {
        DocumentNumbers documents = new DocumentNumbers();
        store.eachDocument(row -> documents.add(row.number("customer_id"), row.text("document"), DocumentNumbers.IN_LEDGER));
        return documents;
    }

    /**
     * The file's rows, checked, as a source that may run on another thread: everything it needs from
     * the ledger (customers, rates, documents) is read when it is made, on the caller's thread; it then
     * touches only the file, these lookups and {@code problems}. A row is handed on only while no
     * problem is found, so after the first it only goes on collecting problems.
     */
    private record Reader(CsvTable table, Problems problems, LedgerLookup lookup, DocumentNumbers documents,
                          int customer, int date, int type, int document, int amount, int currency, int dueDate,
                          LedgerLookup.Parties customers, Map<String, TreeMap<Integer, BigDecimal>> rates,
                          String accounting, int accountingDecimals) implements RowPipe.Source<OpenItem> {

        static Reader of(CsvTable table, Problems problems, LedgerLookup lookup, DocumentNumbers documents) {
            String accounting = lookup.accountingCurrency();
            return new Reader(table, problems, lookup, documents, table.column("customer"), table.column("date"),
                    table.column("type"), table.column("document"), table.column("amount"), table.column("currency"),
                    table.column("due_date"), lookup.customers(), lookup.rates(), accounting, lookup.decimals(accounting));
        }

        @Override
        public void produce(java.util.function.Consumer<OpenItem> items) {
            long start = System.nanoTime();
            long rows = 0;
            for (CsvTable.Row row = table.next(problems); row != null; row = table.next(problems)) {
                OpenItem item = check(row);
                if (item != null) {
                    rows++;
                    items.accept(item);
                }
            }
            LOG.debug("Read and checked {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
        }

        /** The row as an item, or null when it has a problem (recorded) or an earlier row had one. */
        private OpenItem check(CsvTable.Row row) {
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
            if (!problems.isEmpty()) {
                return null;
            }
            if (due == Fields.NOT_A_DATE && kind == CustomerTransactionType.INVOICE) {
                // As in the window: an invoice without a due date falls due on its date.
                due = day;
            }
            return new OpenItem(party.id(), kind, day, due, documentText, code, kind.sign() * minor, kind.sign() * minorAcc);
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
}
