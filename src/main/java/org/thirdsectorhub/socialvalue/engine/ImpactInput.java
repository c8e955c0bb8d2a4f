package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * One input of the impact map. Money and in-kind inputs give {@code amount}; volunteer time gives
 * {@code hours} and {@code hourlyRate} (e.g. the ONS ASHE median wage) and its value is their product.
 *
 * @param description what is put in
 * @param stakeholder who puts it in
 * @param kind money, in kind or volunteer time
 * @param year 0 = up front, k = during year k (discounted)
 * @param amount value of money and in-kind inputs
 * @param hours volunteer hours
 * @param hourlyRate value of one volunteer hour
 */
public record ImpactInput(
        String description, String stakeholder, InputKind kind, int year, BigDecimal amount, BigDecimal hours,
        BigDecimal hourlyRate) {

    /** @return a money input */
    public static ImpactInput money(String description, String stakeholder, int year, BigDecimal amount) {
        return new ImpactInput(description, stakeholder, InputKind.MONEY, year, amount, null, null);
    }

    /** @return volunteer time valued at hours × hourly rate */
    public static ImpactInput volunteerTime(String description, String stakeholder, int year, BigDecimal hours,
            BigDecimal hourlyRate) {
        return new ImpactInput(description, stakeholder, InputKind.VOLUNTEER_TIME, year, null, hours, hourlyRate);
    }

    /** @return the input's value: hours × hourly rate for volunteer time, otherwise the amount */
    public BigDecimal value() {
        if (kind == InputKind.VOLUNTEER_TIME) {
            return hours.multiply(hourlyRate, DeterministicCalculator.MC);
        }
        return amount;
    }
}
