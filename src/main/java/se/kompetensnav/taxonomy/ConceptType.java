package se.kompetensnav.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/** Concept types, named as the JobTech taxonomy names them. */
public enum ConceptType {
	OCCUPATION_NAME("occupation-name"),
	SSYK_LEVEL_1("ssyk-level-1"),
	SSYK_LEVEL_2("ssyk-level-2"),
	SSYK_LEVEL_3("ssyk-level-3"),
	SSYK_LEVEL_4("ssyk-level-4"),
	SKILL("skill"),
	SKILL_HEADLINE("skill-headline"),
	LANGUAGE("language"),
	DRIVING_LICENCE("driving-licence"),
	SUN_EDUCATION_LEVEL("sun-education-level"),
	SUN_EDUCATION_FIELD("sun-education-field"),
	SNI("sni"),
	COUNTY("county"),
	MUNICIPALITY("municipality"),
	KEY_COMPETENCE("key-competence"),
	ISCO_LEVEL_4("isco-level-4"),
	/** An ESCO skill from the green, digital or transversal collection (English label). */
	ESCO_SKILL("esco-skill");

	private final String jobtechName;

	ConceptType(String jobtechName) {
		this.jobtechName = jobtechName;
	}

	/** The name used in the API and in JobTech files, e.g. {@code occupation-name}. */
	public String jobtechName() {
		return jobtechName;
	}

	public static Optional<ConceptType> fromJobtechName(String name) {
		return Arrays.stream(values()).filter(t -> t.jobtechName.equals(name)).findFirst();
	}
}
