package se.kompetensnav.identity;

import org.jspecify.annotations.Nullable;

/**
 * An organisational unit: a region, a municipality, a unit within one ("Jobbcenter, Bodens kommun"), an employer,
 * an education provider or a cluster. {@code code} is a stable key (e.g. {@code jobbcenter-boden}).
 */
public record OrgUnit(long id, @Nullable Long parentId, String code, UnitType type, String name,
		@Nullable String municipalityCode, @Nullable String orgNumber, boolean demo) {
}
