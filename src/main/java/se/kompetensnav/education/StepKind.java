package se.kompetensnav.education;

/** The steps of a validation (Skollagen; see the domain notes): mapping, assessment, recognition. */
public enum StepKind {
	/** Kartläggning: what the person knows, against the profile. */
	MAPPING,
	/** Bedömning: assessment against the trade's or occupation's standard. */
	ASSESSMENT,
	/** Erkännande och dokumentation: the certificate, grades or yrkesbevis. */
	RECOGNITION
}
