package io.opportunities.api.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Shows an amount with its currency's usual number of decimals, whatever scale the store kept. */
public final class Amounts {

    private Amounts() {
    }

    public static Money money(BigDecimal amount, String currency) {
        return new Money(scaled(amount, currency), currency);
    }

    public static BigDecimal scaled(BigDecimal amount, String currency) {
        int digits;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        return amount.setScale(Math.max(digits, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }
}
