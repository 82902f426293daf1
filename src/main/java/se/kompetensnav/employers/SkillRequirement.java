package se.kompetensnav.employers;

/**
 * A taxonomy skill a function or opportunity asks for.
 *
 * @param skillId JobTech skill concept id
 * @param level 1 basic, 2 independent, 3 experienced, 4 expert
 */
public record SkillRequirement(String skillId, Importance importance, int level) {

	public static final int MIN_LEVEL = 1;

	public static final int MAX_LEVEL = 4;
}
