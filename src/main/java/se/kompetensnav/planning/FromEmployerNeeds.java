package se.kompetensnav.planning;

import org.jspecify.annotations.Nullable;

/**
 * An establishment derived from an employer's recorded needs: its municipality is the employer's, its ramp-up the
 * one {@link NeedsRampUp} derives from the critical functions.
 *
 * @param name null: the employer's name
 * @param sector null: "SNI" and the employer's SNI code (required when the employer has none)
 * @param startYear the year "now" stands for; null: this year
 * @param includeReplacement also count functions that replace retirees
 */
public record FromEmployerNeeds(@Nullable Long organisationId, @Nullable String name, @Nullable String sector,
		@Nullable Integer startYear, @Nullable Boolean includeReplacement, @Nullable Overrides overrides) {

	public boolean replacement() {
		return Boolean.TRUE.equals(includeReplacement);
	}
}
