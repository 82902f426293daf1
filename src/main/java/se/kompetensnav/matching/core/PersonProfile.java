package se.kompetensnav.matching.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the matching needs to know about a person. No name, no personal identity number: the id is opaque.
 *
 * @param occupationsExperienced occupation-name concept ids the person has worked in
 * @param occupationsWanted occupation-name concept ids the person wants to work in (count like experience, so a
 *     career changer is not held to their past)
 * @param municipality kommunkod of home
 * @param languages language concept ids (or ISO codes, as long as opportunities use the same)
 * @param drivingLicences driving-licence concept ids or codes (e.g. {@code B}, {@code CE})
 * @param availableFrom the first day the person can start; null = now
 * @param adaptationsNeeded adaptations the person needs at work; they are shown to discuss, they never exclude
 */
public record PersonProfile(String id, List<SkillClaim> skills, Set<String> occupationsExperienced,
		Set<String> occupationsWanted, String municipality, Reach reach, boolean willingToMove, Set<String> languages,
		Set<String> drivingLicences, @Nullable LocalDate availableFrom, Set<String> adaptationsNeeded) {

	public PersonProfile {
		skills = List.copyOf(skills);
		occupationsExperienced = Set.copyOf(occupationsExperienced);
		occupationsWanted = Set.copyOf(occupationsWanted);
		languages = Set.copyOf(languages);
		drivingLicences = Set.copyOf(drivingLicences);
		adaptationsNeeded = Set.copyOf(adaptationsNeeded);
		long distinct = skills.stream().map(SkillClaim::skillId).distinct().count();
		if (distinct != skills.size()) {
			throw new IllegalArgumentException("a skill may be claimed once per profile: " + id);
		}
	}

	/** A profile with only skills, occupations and a municipality (the command line's candidate). */
	public static PersonProfile simple(String id, List<SkillClaim> skills, Set<String> occupations,
			String municipality) {
		return new PersonProfile(id, skills, occupations, Set.of(), municipality, Reach.NEIGHBOURS, false, Set.of(),
				Set.of(), null, Set.of());
	}

	/** Experienced and wanted occupations together. */
	public Set<String> occupations() {
		if (occupationsWanted.isEmpty()) {
			return occupationsExperienced;
		}
		var all = new java.util.TreeSet<>(occupationsExperienced);
		all.addAll(occupationsWanted);
		return all;
	}
}
