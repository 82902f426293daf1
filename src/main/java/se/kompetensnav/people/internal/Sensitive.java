package se.kompetensnav.people.internal;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.people.Answer;

/**
 * The optional sensitive answers (GDPR Art. 9 for health and anything revealing ethnic origin). Null: not asked;
 * {@link Answer#DECLINED}: asked and declined.
 */
public record Sensitive(@Nullable Answer health, @Nullable Answer disability, @Nullable Answer foreignBackground,
		@Nullable Answer thirdCountryNational, @Nullable Answer minority, @Nullable Answer homeless) {

	public static final Sensitive NOT_ASKED = new Sensitive(null, null, null, null, null, null);
}
