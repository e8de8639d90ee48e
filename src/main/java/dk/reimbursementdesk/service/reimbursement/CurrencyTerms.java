package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.domain.ExchangeConversion;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One currency as a run sees it: its decimals, the rate valid on the posting date (null when none
 * is), and the smallest credit that reaches the minimum reimbursement after conversion. The
 * threshold lets SQL decide rule 3 with an integer comparison that is exactly
 * {@code round_half_up(credit x rate, d) >= minimum}, because the rounded conversion only grows as
 * the credit grows.
 */
public record CurrencyTerms(String code, int decimals, BigDecimal rate, int accountingDecimals, long minimum, long threshold) {

    /** A threshold no credit reaches: a currency without a usable rate is never reimbursed. */
    public static final long NEVER = Long.MAX_VALUE;

    public static CurrencyTerms of(String code, int decimals, BigDecimal rate, int accountingDecimals, long minimum) {
        return new CurrencyTerms(code, decimals, rate, accountingDecimals, minimum,
                rate == null || rate.signum() <= 0 ? NEVER : threshold(decimals, rate, accountingDecimals, minimum));
    }

    boolean hasRate() {
        return rate != null;
    }

    public long toAccounting(long minor) {
        return ExchangeConversion.toAccountingMinor(minor, decimals, rate, accountingDecimals);
    }

    private static long threshold(int decimals, BigDecimal rate, int accountingDecimals, long minimum) {
        // round_half_up(y, d) >= m holds exactly when y >= m - half a unit of the last place.
        BigDecimal lowest = BigDecimal.valueOf(minimum, accountingDecimals)
                .subtract(BigDecimal.valueOf(5, accountingDecimals + 1));
        long candidate = Math.max(1, lowest.movePointRight(decimals).divide(rate, 0, RoundingMode.CEILING).longValueExact());
        // Guard the algebra with the rounding rule itself.
        while (candidate > 1 && ExchangeConversion.toAccountingMinor(candidate - 1, decimals, rate, accountingDecimals) >= minimum) {
            candidate--;
        }
        while (ExchangeConversion.toAccountingMinor(candidate, decimals, rate, accountingDecimals) < minimum) {
            candidate++;
        }
        return candidate;
    }
}
