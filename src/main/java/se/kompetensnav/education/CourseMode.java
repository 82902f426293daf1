package se.kompetensnav.education;

/** How a course or validation is given. */
public enum CourseMode {
	ON_SITE, DISTANCE, MIXED;

	/** True when someone who asks for {@code wanted} can take it: mixed courses suit both. */
	public boolean suits(CourseMode wanted) {
		return this == wanted || this == MIXED || wanted == MIXED;
	}
}
