package se.kompetensnav.taxonomy.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Taxonomy;
import se.kompetensnav.taxonomy.TaxonomyImports;
import se.kompetensnav.taxonomy.TaxonomyVersion;

@RestController
@RequestMapping("/api/taxonomy")
@Tag(name = "Taxonomy", description = "The JobTech taxonomy mirror, ESCO groups and the EU key competences (open data)")
class TaxonomyApiController {

	static final int MAX_LIMIT = 100;

	private final Taxonomy taxonomy;

	private final TaxonomyImports imports;

	TaxonomyApiController(Taxonomy taxonomy, TaxonomyImports imports) {
		this.taxonomy = taxonomy;
		this.imports = imports;
	}

	/** A search result. */
	record Hit(String id, String type, String label, @Nullable String ssyk) {
	}

	/** A reference to a concept. */
	record Ref(String id, String type, String label, @Nullable String code, boolean deprecated) {

		static Ref of(Concept c) {
			return new Ref(c.id(), c.type().jobtechName(), c.label(), c.code(), c.deprecated());
		}

		static List<Ref> of(List<Concept> concepts) {
			return concepts.stream().map(Ref::of).toList();
		}
	}

	/** A concept with its neighbourhood. */
	record ConceptView(String id, String type, String label, @Nullable String labelEn, @Nullable String code,
			@Nullable String ssyk, boolean deprecated, List<String> alternativeLabels, List<String> collections,
			List<Ref> broader, List<Ref> narrower, List<Ref> related) {
	}

	/** The skills of an occupation. */
	record OccupationSkills(Ref occupation, Ref ssyk4, List<Ref> skills) {
	}

	@GetMapping("/search")
	@Operation(summary = "Search labels and alternative labels (Swedish analysis, tolerant of typos), best first")
	List<Hit> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String type,
			@RequestParam(defaultValue = "10") int limit) {
		ConceptType conceptType = type(type);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException(FieldError.of("limit", "taxonomy.search.limit", MAX_LIMIT));
		}
		return taxonomy.search(q, conceptType, limit).stream()
			.map(h -> new Hit(h.id(), h.type(), h.label(), h.ssyk()))
			.toList();
	}

	@GetMapping("/concepts/{id}")
	@Operation(summary = "A concept with its broader, narrower and related concepts")
	ConceptView concept(@PathVariable String id) {
		Concept c = taxonomy.concept(id).orElseThrow(() -> new NotFoundException("concept", id));
		return new ConceptView(c.id(), c.type().jobtechName(), c.label(), taxonomy.englishLabel(id).orElse(null),
				c.code(), c.ssyk4(), c.deprecated(), taxonomy.alternativeLabels(id),
				List.copyOf(taxonomy.collections(id)), taxonomy.broader(id).map(Ref::of).stream().toList(),
				Ref.of(taxonomy.narrower(id)), Ref.of(taxonomy.related(id)));
	}

	@GetMapping("/occupations/{id}/skills")
	@Operation(summary = "The skills of an occupation's SSYK-4 group (occupation name or SSYK-4 id)")
	OccupationSkills skills(@PathVariable String id) {
		Concept occupation = taxonomy.concept(id).orElseThrow(() -> new NotFoundException("occupation", id));
		Concept group = taxonomy.ssyk4Of(id).orElseThrow(() -> new NotFoundException("occupation", id));
		return new OccupationSkills(Ref.of(occupation), Ref.of(group), Ref.of(taxonomy.skillsOf(id)));
	}

	@GetMapping("/types")
	@Operation(summary = "The concept types and how many concepts each has")
	List<TypeCount> types() {
		return java.util.Arrays.stream(ConceptType.values())
			.map(t -> new TypeCount(t.jobtechName(), taxonomy.byType(t).size()))
			.toList();
	}

	record TypeCount(String type, int concepts) {
	}

	@GetMapping("/versions")
	@Operation(summary = "Every import of the taxonomy files: source, date, checksum, added, changed, deprecated")
	List<TaxonomyVersion> versions() {
		return imports.versions();
	}

	static @Nullable ConceptType type(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		return ConceptType.fromJobtechName(type.strip().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidInputException(FieldError.of("type", "taxonomy.search.type", type)));
	}
}
