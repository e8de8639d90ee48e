package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.UserException;
import java.math.BigDecimal;

/** Turns typed amounts into minor units of a currency, refusing what the currency cannot hold. */
public final class Amounts {

    private Amounts() {
    }

    public static long toMinor(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new UserException("amount.required");
        }
        if (amount.stripTrailingZeros().scale() > currency.getDecimals()) {
            throw new UserException("amount.tooPrecise", amount.toPlainString(), currency.getCode(), currency.getDecimals());
        }
        return amount.movePointRight(currency.getDecimals()).longValueExact();
    }

    public static long requirePositive(BigDecimal amount, Currency currency) {
        long minor = toMinor(amount, currency);
        if (minor <= 0) {
            throw new UserException("amount.notPositive", amount.toPlainString());
        }
        return minor;
    }

    public static BigDecimal fromMinor(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals);
    }
}
