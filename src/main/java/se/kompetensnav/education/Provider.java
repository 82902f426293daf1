package se.kompetensnav.education;

import org.jspecify.annotations.Nullable;

/**
 * An education provider.
 *
 * @param unitId the organisational unit (type PROVIDER) whose users maintain this provider's courses
 * @param unitCode that unit's stable code, used to name the provider in imports
 */
public record Provider(long id, long unitId, String unitCode, String name, ProviderType type,
		@Nullable String municipalityCode, boolean demo) {
}
