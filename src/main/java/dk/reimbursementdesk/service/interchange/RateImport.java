package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.interchange.RateImportStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports exchange rates: currency, date (valid from) and rate, in accounting-currency units per unit.
 * A rate already in the ledger for the same currency and date is refused, as is a second one in the file:
 * changing a rate that postings may have used is not an import's business.
 */
final class RateImport {

    private record NewRate(String currency, int validFrom, BigDecimal rate) {
    }

    private RateImport() {
    }

    static ImportResult run(UnitOfWork work, CsvTable table, boolean write) {
        Problems problems = new Problems();
        table.requireColumns(problems, "currency", "date", "rate");
        problems.refuseIfAny();
        List<NewRate> rates = new ArrayList<>();
        read(table, problems, new LedgerLookup(work), rates);
        problems.refuseIfAny();
        if (write) {
            Writes.ensureCurrencies(work, rates.stream().map(NewRate::currency).toList());
            try (RateImportStore.RateRows rows = new RateImportStore(work).rows()) {
                for (NewRate rate : rates) {
                    rows.add(rate.currency(), LocalDate.ofEpochDay(rate.validFrom()), rate.rate());
                }
            }
        }
        return new ImportResult(ImportKind.RATES, rates.size(), null, 0);
    }

    private static void read(CsvTable table, Problems problems, LedgerLookup lookup, List<NewRate> rates) {
        int currency = table.column("currency");
        int date = table.column("date");
        int rate = table.column("rate");
        String accounting = lookup.accountingCurrency();
        Map<String, TreeMap<Integer, BigDecimal>> existing = lookup.rates();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvTable.Row row = table.next(problems); row != null; row = table.next(problems)) {
            long line = row.line();
            String currencyText = PartyImport.required(row, currency, "currency", problems);
            String code = null;
            if (currencyText != null) {
                code = currencyText.toUpperCase(Locale.ROOT);
                if (lookup.decimals(code) == null) {
                    problems.add(line, "currency", "import.currency.notIso", currencyText);
                    code = null;
                } else if (code.equals(accounting)) {
                    problems.add(line, "currency", "import.rate.accountingCurrency", code);
                    code = null;
                }
            }
            int day = table.limits().date(row, date, "date", true, problems);
            String rateText = PartyImport.required(row, rate, "rate", problems);
            BigDecimal value = null;
            if (rateText != null) {
                Fields.Decimal decimal = Fields.decimal(rateText);
                if (decimal == null) {
                    problems.add(line, "rate", "import.rate.notNumber", rateText);
                } else if (!decimal.positive()) {
                    problems.add(line, "rate", "import.rate.notPositive", rateText);
                } else {
                    value = decimal.toBigDecimal();
                }
            }
            if (code != null && day != Fields.NOT_A_DATE) {
                String key = code + "|" + day;
                Long first = firstLine.putIfAbsent(key, line);
                if (first != null) {
                    problems.add(line, "date", "import.rate.duplicateInFile", code, Fields.isoDate(day), String.valueOf(first));
                } else if (existing.containsKey(code) && existing.get(code).containsKey(day)) {
                    problems.add(line, "date", "import.rate.exists", code, Fields.isoDate(day));
                }
            }
            if (problems.isEmpty()) {
                rates.add(new NewRate(code, day, value));
            }
        }
    }
}
