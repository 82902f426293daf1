package se.kompetensnav.matching.core;

/**
 * A skill a person has.
 *
 * @param skillId taxonomy skill concept id
 * @param level self- or consultant-assessed level 0-5 (0 = not assessed)
 * @param validated true when the skill has been confirmed by a validation (branschvalidering, assessment) or a
 *     formal qualification; a validated skill counts in full however it was acquired
 */
public record SkillClaim(String skillId, int level, boolean validated) {

	public SkillClaim {
		if (level < 0 || level > 5) {
			throw new IllegalArgumentException("skill level must be 0-5: " + level);
		}
	}

	public static SkillClaim of(String skillId) {
		return new SkillClaim(skillId, 0, false);
	}

	public static SkillClaim validated(String skillId) {
		return new SkillClaim(skillId, 0, true);
	}

	/** The credit in per mille this claim earns for a required skill: see {@link MatchWeights#credit}. */
	public int creditPermille() {
		return MatchWeights.credit(level, validated);
	}
}
