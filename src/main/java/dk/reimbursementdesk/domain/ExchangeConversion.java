package dk.reimbursementdesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversion to the accounting currency. The one rounding rule of the ledger lives here:
 * half-up to the accounting currency's decimals, applied once to the product amount x rate.
 */
public final class ExchangeConversion {

    private ExchangeConversion() {
    }

    /**
     * Converts minor units of a currency with {@code fromDecimals} decimals, at {@code rate}
     * accounting-currency units per unit, to accounting-currency minor units.
     */
    public static long toAccountingMinor(long minor, int fromDecimals, BigDecimal rate, int accountingDecimals) {
        BigDecimal amount = BigDecimal.valueOf(minor, fromDecimals);
        return amount.multiply(rate)
                .setScale(accountingDecimals, RoundingMode.HALF_UP)
                .unscaledValue()
                .longValueExact();
    }

    /**
     * The accounting-currency part of an open item that a partial settlement takes: proportional to
     * the part of the open amount settled, rounded half-up; the whole open amount when fully settled,
     * so rounding never leaves a residue on a closed item.
     */
    public static long proportionalPart(long openAcc, long open, long part) {
        if (part == open) {
            return openAcc;
        }
        return BigDecimal.valueOf(openAcc)
                .multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(open), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
