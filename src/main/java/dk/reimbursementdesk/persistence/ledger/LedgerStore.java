package dk.reimbursementdesk.persistence.ledger;

import dk.reimbursementdesk.domain.NumberSequence;
import dk.reimbursementdesk.persistence.Engine;
import jakarta.persistence.LockModeType;
import org.hibernate.LockMode;

import dk.reimbursementdesk.domain.LegalEntity;
import dk.reimbursementdesk.persistence.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The ledger's company and its exchange rates: what every posting reads first. */
public final class LedgerStore {

    private final UnitOfWork work;

    public LedgerStore(UnitOfWork work) {
        this.work = work;
    }

    /**
     * The one company of the ledger; empty on a ledger whose company is not set up yet. Read as a
     * list, not a stream: a stream left open keeps an SQLite statement pending, and SQLite then
     * refuses DDL in the same transaction (an import drops and rebuilds indexes).
     */
    public Optional<LegalEntity> company() {
        return work.session().createSelectionQuery("from LegalEntity", LegalEntity.class)
                .setMaxResults(1)
                .getResultList().stream()
                .findFirst();
    }

    /**
     * The version of the newest migration applied to this ledger ("12" for V12__...), as Flyway
     * recorded it; empty on a file without a schema history.
     */
    public Optional<String> schemaVersion() {
        return work.sql().first(
                "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL"
                        + " ORDER BY installed_rank DESC LIMIT 1",
                row -> row.text("version"));
    }

    /**
     * The number sequence, its row locked until the unit ends and read fresh when this unit first
     * locks it: on PostgreSQL {@code SELECT ... FOR UPDATE}, so two clerks' units never take the
     * same numbers and a rolled-back unit leaves no gap (the next one reads what was committed). A
     * unit that posts has taken {@link UnitOfWork#lockForPosting} already; the row lock also holds
     * for any other writer of the sequence. On a SQLite file the unit is the only writer.
     */
    public NumberSequence lockedForNumbers(NumberSequence sequence) {
        if (work.engine() == Engine.POSTGRESQL && work.session().getCurrentLockMode(sequence) != LockMode.PESSIMISTIC_WRITE) {
            work.session().refresh(sequence, LockModeType.PESSIMISTIC_WRITE);
        }
        return sequence;
    }

    public boolean hasCompany() {
        return work.session().createSelectionQuery("select count(*) from LegalEntity", Long.class).getSingleResult() > 0;
    }

    /** The newest rate of the currency whose valid-from date is on or before the date. */
    public Optional<BigDecimal> rateOn(String currency, LocalDate date) {
        // Plain SQL rather than HQL: a command-line run asks this once, in a cold JVM, where parsing
        // and translating the HQL cost more than the query. Rates are written by their own units of
        // work (the rate screen, the rates import), never earlier in one that reads them here.
        return work.sql().first("SELECT rate FROM exchange_rate WHERE currency = ? AND valid_from <= ?"
                + " ORDER BY valid_from DESC LIMIT 1", row -> row.decimalText("rate"), currency, date);
    }
}
