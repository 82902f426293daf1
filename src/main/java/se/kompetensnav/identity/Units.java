package se.kompetensnav.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The tree of organisational units. */
public interface Units {

	Optional<OrgUnit> find(long id);

	Optional<OrgUnit> findByCode(String code);

	List<OrgUnit> all();

	List<OrgUnit> byType(UnitType type);

	/** The unit and all units below it. */
	Set<Long> subtree(long id);

	/** Creates a unit; the code must be unique. */
	OrgUnit create(@Nullable Long parentId, String code, UnitType type, String name, @Nullable String municipalityCode,
			@Nullable String orgNumber, boolean demo);
}
