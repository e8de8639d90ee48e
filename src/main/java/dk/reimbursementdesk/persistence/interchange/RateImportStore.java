package dk.reimbursementdesk.persistence.interchange;

import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a rate import writes: exchange rates, in JDBC batches. */
public final class RateImportStore {

    /** Statements per JDBC batch: large enough to amortize the calls, small enough to keep memory flat. */
    private static final int BATCH = 5_000;

    private final Sql sql;

    public RateImportStore(UnitOfWork work) {
        this.sql = work.sql();
    }

    /** A writer of new rates; closing it writes the rows still pending. */
    public RateRows rows() {
        return new RateRows(sql.batch("INSERT INTO exchange_rate (currency, valid_from, rate) VALUES (?, ?, ?)", BATCH));
    }

    public static final class RateRows implements AutoCloseable {
        private final Sql.Batch insert;

        private RateRows(Sql.Batch insert) {
            this.insert = insert;
        }

        public void add(String currency, LocalDate validFrom, BigDecimal rate) {
            // The same text the entity's converter writes, so a rate reads back identically either way.
            insert.add(currency, validFrom, rate.stripTrailingZeros().toPlainString());
        }

        @Override
        public void close() {
            insert.close();
        }
    }
}
