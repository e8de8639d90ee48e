package dk.reimbursementdesk.service.setup;

import java.math.BigDecimal;

/** Typed amounts to minor units, refusing with the setup bundle's sentences. */
final class SetupAmounts {

    private SetupAmounts() {
    }

    /** Zero or more, and no finer than the currency's decimals. */
    static long requireNonNegative(BigDecimal amount, String currency, int decimals) {
        if (amount == null) {
            throw SetupRefusals.refuse("amount.required");
        }
        if (amount.signum() < 0) {
            throw SetupRefusals.refuse("amount.negative", amount.toPlainString());
        }
        return toMinor(amount, currency, decimals);
    }

    static long toMinor(BigDecimal amount, String currency, int decimals) {
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw SetupRefusals.refuse("amount.tooPrecise", amount.toPlainString(), currency, decimals);
        }
        try {
            return amount.movePointRight(decimals).longValueExact();
        } catch (ArithmeticException e) {
            throw SetupRefusals.refuse("amount.tooLarge", amount.toPlainString());
        }
    }
}
