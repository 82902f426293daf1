package se.kompetensnav.matching.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A job, internship, apprenticeship or critical function to fill.
 *
 * @param occupation occupation-name concept id
 * @param municipality kommunkod of the workplace
 * @param must skill ids required; missing ones lower the score and are listed, they do not exclude
 * @param nice skill ids that add to the score; they never exclude
 * @param requiredLanguages hard requirement: the person must have all of them
 * @param requiredLicences hard requirement: the person must hold all of them
 * @param latestStart hard requirement when set: the person must be available on or before this day
 */
public record Opportunity(String id, String occupation, String municipality, List<String> must, List<String> nice,
		Set<String> requiredLanguages, Set<String> requiredLicences, @Nullable LocalDate latestStart) {

	public Opportunity {
		must = List.copyOf(new java.util.LinkedHashSet<>(must));
		var niceOnly = new java.util.LinkedHashSet<>(nice);
		must.forEach(niceOnly::remove);
		nice = List.copyOf(niceOnly);
		requiredLanguages = Set.copyOf(requiredLanguages);
		requiredLicences = Set.copyOf(requiredLicences);
	}

	public static Opportunity simple(String id, String occupation, String municipality, List<String> must,
			List<String> nice) {
		return new Opportunity(id, occupation, municipality, must, nice, Set.of(), Set.of(), null);
	}
}
