package se.kompetensnav.education;

/** The kinds of education provider. */
public enum ProviderType {
	/** Municipal adult education (komvux) or a learning centre (lärcentrum). */
	ADULT_EDUCATION,
	/** Vocational college (yrkeshögskola). */
	VOCATIONAL_COLLEGE,
	/** University or university college, including contract education (uppdragsutbildning). */
	UNIVERSITY,
	/** A cluster or competence centre that runs its own short courses (e.g. a green cluster). */
	CLUSTER,
	/** A private training company. */
	PRIVATE
}
