package dk.reimbursementdesk.service.check;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.check.LedgerCheckQueries;
import dk.reimbursementdesk.persistence.check.LedgerCheckQueries.Side;
import dk.reimbursementdesk.service.audit.AuditEntry;
import dk.reimbursementdesk.service.audit.AuditLog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Proves the ledger's invariants with plain SQL over the whole file: every voucher balances; AR and
 * AP control equal the open items of their subledgers; every open amount equals its amount less its
 * settlements; every customer open item agrees with its transaction's customer, currency and date;
 * settlements net to zero per voucher, party and currency; every reference points at a row that
 * exists (SQLite's foreign-key check); SQLite's integrity check passes; the audit log's hash chain
 * is intact (as {@code audit verify} finds it).
 * Each finding is a sentence in the user's language.
 */
public final class LedgerCheckService {

    /** {@code onServer}: a PostgreSQL ledger, whose files the server keeps: there is no file to check. */
    public record Report(List<String> findings, boolean onServer) {
        public boolean allWell() {
            return findings.isEmpty();
        }

        /**
         * What a clean check says, naming what was checked: on a file also that the file is intact;
         * on a server the balances, control accounts, references and audit chain only (issue 15).
         */
        public String allWellSentence() {
            return new UserException(onServer ? "check.allWell.server" : "check.allWell").getMessage();
        }
    }

    private final Ledger ledger;

    public LedgerCheckService(Ledger ledger) {
        this.ledger = ledger;
    }

    public Report check() {
        List<String> findings = new ArrayList<>();
        ledger.inTransactionDo(work -> {
            run(new LedgerCheckQueries(work), findings);
            AuditLog.Verification audit = AuditLog.verify(work);
            if (!audit.intact()) {
                AuditEntry broken = audit.firstMismatch();
                findings.add(text("check.auditBroken", broken.id(), audit.entries(), broken.action(), broken.recordedAt()));
            }
        });
        return new Report(List.copyOf(findings), ledger.engine() == Engine.POSTGRESQL);
    }

    private static void run(LedgerCheckQueries queries, List<String> findings) {
        int decimals = queries.accountingDecimals();
        findings.addAll(queries.unbalancedVouchers(row -> text("check.voucherUnbalanced", row.text("number"),
                money(row.number("debit"), decimals), money(row.number("credit"), decimals))));

        for (Side side : Side.values()) {
            // The message keys end in the side's name.
            String name = side.name().toLowerCase(Locale.ROOT);
            long[] totals = queries.controlTotals(side, row -> new long[] {row.number("control"), row.number("open_items")});
            if (totals[0] != totals[1]) {
                findings.add(text("check.controlMismatch." + name, money(totals[0], decimals), money(totals[1], decimals)));
            }
            findings.addAll(queries.openMismatches(side, row -> text("check.openMismatch." + name,
                    row.text("document"), String.valueOf(row.number("id")))));
            findings.addAll(queries.unbalancedSettlements(side, row -> text("check.settlementUnbalanced." + name,
                    row.text("number"), row.text("currency"))));
        }

        // An open item copies its transaction's customer, currency and date so that balances and the
        // reimbursement run (which closes the items dated up to its posting date) read the narrow table
        // alone; a copy that drifted would move an amount to another customer or currency, or let the
        // wrong run close it, without any of the sums above noticing.
        findings.addAll(queries.openItemMismatches(row -> text("check.openItemMismatch.customer", row.text("document"),
                String.valueOf(row.number("id")), row.text("item_customer"), row.text("item_currency"), row.text("item_date"),
                row.text("customer"), row.text("currency"), row.text("transaction_date"))));

        // The reimbursement run and imports write with SQLite's foreign-key enforcement off (Ledger.inBulkTransaction),
        // so nothing at write time proves that its references point at rows that exist: this does.
        // A table without row ids (customer_open_item) has no row number to name, so its rows are counted.
        findings.addAll(queries.danglingReferences(LedgerCheckService::danglingReference));

        for (String result : queries.integrity()) {
            if (!"ok".equalsIgnoreCase(result)) {
                findings.add(text("check.integrity", result));
            }
        }
    }

    private static String danglingReference(Row row) {
        Long rowid = row.nullableNumber("row_id");
        return rowid == null
                ? text("check.danglingReference.withoutRowid", row.text("table_name"), row.text("from_columns"),
                        row.text("parent"), row.number("row_count"))
                : text("check.danglingReference", row.text("table_name"), String.valueOf(rowid), row.text("from_columns"),
                        row.text("parent"));
    }

    private static String money(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals).toPlainString();
    }

    private static String text(String key, Object... args) {
        return new UserException(key, args).getMessage();
    }
}
