package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.persistence.TextFold;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.interchange.PartyImportStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports customers or vendors: account, name, group, currency, iban, bic, and for customers the
 * vendor account that stands for them, for vendors whether they are one-time vendors. An account that
 * already exists, in the ledger or earlier in the file, is refused: an import adds, it never overwrites.
 */
final class PartyImport {

    private record NewParty(long line, String account, String name, String groupKey, String currency,
                            String iban, String bic, Long vendorId, boolean oneTime) {
    }

    private final boolean customers;

    private PartyImport(boolean customers) {
        this.customers = customers;
    }

    static PartyImport customers() {
        return new PartyImport(true);
    }

    static PartyImport vendors() {
        return new PartyImport(false);
    }

    ImportResult run(UnitOfWork work, CsvTable table, boolean write) {
        Problems problems = new Problems();
        table.requireColumns(problems, "account", "name", "group", "currency");
        problems.refuseIfAny();
        List<NewParty> parties = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>();
        read(table, problems, new LedgerLookup(work), parties, groups);
        problems.refuseIfAny();
        if (write) {
            Writes.ensureCurrencies(work, parties.stream().map(NewParty::currency).toList());
            insert(new PartyImportStore(work, customers ? PartyImportStore.Kind.CUSTOMERS : PartyImportStore.Kind.VENDORS),
                    parties, groups);
        }
        return new ImportResult(customers ? ImportKind.CUSTOMERS : ImportKind.VENDORS, parties.size(), null, 0);
    }

    private void read(CsvTable table, Problems problems, LedgerLookup lookup, List<NewParty> parties,
                      Map<String, String> groups) {
        int account = table.column("account");
        int name = table.column("name");
        int group = table.column("group");
        int currency = table.column("currency");
        int iban = table.column("iban");
        int bic = table.column("bic");
        int vendorAccount = customers ? table.column("vendor_account") : -1;
        int oneTime = customers ? -1 : table.column("one_time");
        LedgerLookup.Parties existing = customers ? lookup.customers() : lookup.vendors();
        LedgerLookup.Parties vendors = customers ? lookup.vendors() : existing;
        Map<String, Long> firstLine = new HashMap<>();

        for (CsvTable.Row row = table.next(problems); row != null; row = table.next(problems)) {
            long line = row.line();
            String accountText = required(row, account, "account", problems);
            if (accountText != null) {
                // Folded as the ledger's lookups fold (every letter), so ÆBLE and æble are one account.
                Long first = firstLine.putIfAbsent(TextFold.fold(accountText), line);
                if (first != null) {
                    problems.add(line, "account", "import.account.duplicateInFile", accountText, String.valueOf(first));
                } else if (existing.taken(accountText)) {
                    problems.add(line, "account", customers ? "import.customer.exists" : "import.vendor.exists", accountText);
                }
            }
            String nameText = required(row, name, "name", problems);
            String groupText = required(row, group, "group", problems);
            if (groupText != null) {
                groups.putIfAbsent(Fields.fold(groupText), groupText);
            }
            String currencyText = required(row, currency, "currency", problems);
            String currencyCode = null;
            if (currencyText != null) {
                currencyCode = currencyText.toUpperCase(Locale.ROOT);
                if (lookup.decimals(currencyCode) == null) {
                    problems.add(line, "currency", "import.currency.notIso", currencyText);
                }
            }
            String ibanText = row.value(iban);
            String ibanValue = null;
            if (!ibanText.isEmpty()) {
                var why = Iban.whyInvalid(ibanText);
                if (why.isPresent()) {
                    problems.add(line, "iban", "import.iban.invalid", ibanText, why.get());
                } else {
                    ibanValue = Iban.normalize(ibanText);
                }
            }
            String bicText = row.value(bic);
            String bicValue = null;
            if (!bicText.isEmpty()) {
                if (!Bic.isValid(bicText)) {
                    problems.add(line, "bic", "import.bic.invalid", bicText);
                }
                bicValue = Bic.normalize(bicText);
            }
            Long vendorId = null;
            String vendorText = row.value(vendorAccount);
            if (!vendorText.isEmpty()) {
                LedgerLookup.Party vendor = vendors.find(vendorText);
                if (vendor == null) {
                    problems.add(line, "vendor_account", "import.vendor.unknown", vendorText);
                } else {
                    vendorId = vendor.id();
                }
            }
            boolean oneTimeValue = false;
            String oneTimeText = row.value(oneTime);
            if (!oneTimeText.isEmpty()) {
                if (oneTimeText.equalsIgnoreCase("true")) {
                    oneTimeValue = true;
                } else if (!oneTimeText.equalsIgnoreCase("false")) {
                    problems.add(line, "one_time", "import.boolean.invalid", oneTimeText);
                }
            }
            if (problems.isEmpty()) {
                parties.add(new NewParty(line, accountText, nameText, Fields.fold(groupText), currencyCode,
                        ibanValue, bicValue, vendorId, oneTimeValue));
            }
        }
    }

    static String required(CsvTable.Row row, int column, String name, Problems problems) {
        String value = row.value(column);
        if (value.isEmpty()) {
            if (!row.refused(column)) {
                problems.add(row.line(), name, "import.value.required");
            }
            return null;
        }
        return value;
    }

    private static void insert(PartyImportStore store, List<NewParty> parties, Map<String, String> groupCodes) {
        Map<String, Long> groups = ensureGroups(store, groupCodes);
        try (PartyImportStore.PartyRows rows = store.rows()) {
            for (NewParty party : parties) {
                rows.add(party.account(), party.name(), groups.get(party.groupKey()), party.currency(), party.iban(),
                        party.bic(), party.vendorId(), party.oneTime());
            }
        }
    }

    /**
     * The id of every group named (keys are NOCASE keys, values the spelling first seen), creating the
     * missing ones with their code as name; the user can rename them later.
     */
    private static Map<String, Long> ensureGroups(PartyImportStore store, Map<String, String> codes) {
        Map<String, Long> ids = new HashMap<>();
        store.eachGroup(row -> ids.put(Fields.fold(row.text("code")), row.number("id")));
        for (Map.Entry<String, String> code : codes.entrySet()) {
            if (!ids.containsKey(code.getKey())) {
                ids.put(code.getKey(), store.addGroup(code.getValue(), code.getValue()));
            }
        }
        return ids;
    }
}
