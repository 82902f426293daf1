package se.kompetensnav.taxonomy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Everything one import read from the files, checked and ready to be written. */
final class TaxonomyData {

	record ConceptRow(String id, String type, String sourceType, String label, @Nullable String labelEn,
			@Nullable String code, @Nullable String ssyk4, @Nullable String parentId, @Nullable String definition) {

		/** Whether a stored concept differs from this one in anything a user sees. */
		boolean differsFrom(ConceptRow other) {
			return !type.equals(other.type) || !sourceType.equals(other.sourceType) || !label.equals(other.label)
					|| !Objects.equals(labelEn, other.labelEn) || !Objects.equals(code, other.code)
					|| !Objects.equals(ssyk4, other.ssyk4) || !Objects.equals(parentId, other.parentId)
					|| !Objects.equals(definition, other.definition);
		}
	}

	record AltLabel(String conceptId, String label, String lang) {
	}

	record Relation(String fromId, String toId, String kind) {
	}

	record Membership(String conceptId, String collection) {
	}

	record MunicipalityRow(String code, String conceptId, String name, String countyCode, double lat, double lon,
			String border) {
	}

	record Neighbour(String code, String neighbourCode) {
	}

	record Population(String code, int year, int population) {
	}

	final Map<String, ConceptRow> concepts = new LinkedHashMap<>();

	final Set<AltLabel> altLabels = new LinkedHashSet<>();

	final Set<Relation> relations = new LinkedHashSet<>();

	final Set<Membership> memberships = new LinkedHashSet<>();

	final Map<String, MunicipalityRow> municipalities = new LinkedHashMap<>();

	final Set<Neighbour> neighbours = new LinkedHashSet<>();

	final List<Population> population = new ArrayList<>();

	/** SHA-256 per file (of the uncompressed content), in {@link TaxonomyFiles#ALL} order. */
	final Map<String, String> fileChecksums = new LinkedHashMap<>();

	String checksum = "";

	void add(ConceptRow row) {
		concepts.putIfAbsent(row.id(), row);
	}
}
