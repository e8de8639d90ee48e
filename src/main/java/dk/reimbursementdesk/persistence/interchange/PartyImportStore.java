package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;

/**
 * What a customer or vendor import writes: the groups it names and the parties, many rows per
 * statement on SQLite ({@link RowInserter}), by COPY on PostgreSQL ({@link CopyWriter}).
 */
public final class PartyImportStore {

    /** Which parties: their table, their group table and the column only they have. */
    public enum Kind {
        CUSTOMERS("customer", "customer_group", "vendor_id"),
        VENDORS("vendor", "vendor_group", "one_time");

        private final String table;
        private final String groupTable;
        private final String ownColumn;

        Kind(String table, String groupTable, String ownColumn) {
            this.table = table;
            this.groupTable = groupTable;
            this.ownColumn = ownColumn;
        }
    }

    private final Sql sql;
    private final Kind kind;

    public PartyImportStore(UnitOfWork work, Kind kind) {
        this.sql = work.sql();
        this.kind = kind;
    }

    /** Every group of these parties as {@code id} and {@code code}. */
    public void eachGroup(Sql.RowConsumer consumer) {
        sql.each("SELECT id, code FROM " + kind.groupTable, consumer);
    }

    /** Adds a group and returns its id. */
    public long addGroup(String code, String name) {
        return sql.queryLong("INSERT INTO " + kind.groupTable + " (code, name) VALUES (?, ?) RETURNING id", code, name);
    }

    /** A writer of new parties; closing it writes the rows still pending. */
    public PartyRows rows() {
        String[] columns = {"account", "name", "group_id", "currency", "iban", "bic", kind.ownColumn};
        return new PartyRows(CopyWriter.chosen(sql)
                ? new CopyWriter(sql.connection(), kind.table, columns)
                : new RowInserter(sql.connection(), kind.table, columns), kind == Kind.CUSTOMERS);
    }

    public static final class PartyRows extends InsertedRows {
        private final boolean customers;

        private PartyRows(RowWriter insert, boolean customers) {
            super(insert);
            this.customers = customers;
        }

        /** One party; a customer writes {@code vendorId} (null: none), a vendor {@code oneTime}. */
        public void add(String account, String name, long groupId, String currency, String iban, String bic,
                        Long vendorId, boolean oneTime) {
            insert.value(account).value(name).value(groupId).value(currency).value(iban).value(bic)
                    .value(customers ? vendorId : (Object) oneTime).endRow();
        }
    }
}
