package se.kompetensnav.parameters;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One version of a parameter's value for a year.
 *
 * @param key e.g. {@code effects.prisbasbelopp} (module prefix, then name)
 * @param year the year the value applies to (values for later years without their own value carry forward)
 * @param unit e.g. {@code SEK}, {@code SEK/month}, {@code share}, {@code W/m2K}
 * @param source where the figure comes from (publication, authority, URL)
 * @param version increases with every change of this key and year; 1 is the shipped default
 * @param changedBy who changed it ({@code system} for shipped defaults)
 */
public record ParameterValue(String key, int year, BigDecimal value, String unit, String source,
		@Nullable String note, int version, Instant changedAt, String changedBy) {

	public double asDouble() {
		return value.doubleValue();
	}
}
