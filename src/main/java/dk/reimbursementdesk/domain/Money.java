package dk.reimbursementdesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount in one currency. The amount always carries the currency's number of decimals
 * (its scale); anything finer is refused rather than silently rounded, because an over-precise
 * amount typed by a user is a mistake to report, not to fix.
 */
public record Money(BigDecimal amount, String currency, int decimals) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException(
                    "Amount " + amount.toPlainString() + " has more decimals than " + currency + " allows (" + decimals + ")");
        }
        amount = amount.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    public static Money ofMinor(long minorUnits, String currency, int decimals) {
        return new Money(BigDecimal.valueOf(minorUnits, decimals), currency, decimals);
    }

    public static Money zero(String currency, int decimals) {
        return ofMinor(0, currency, decimals);
    }

    /** The amount in minor units (cents, øre); exact because the scale equals the decimals. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency, decimals);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency, decimals);
    }

    public Money negate() {
        return new Money(amount.negate(), currency, decimals);
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
