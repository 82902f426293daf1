package se.kompetensnav.taxonomy.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Municipality;
import se.kompetensnav.taxonomy.Taxonomy;

/** Open pages over the taxonomy: search, the SSYK tree, concepts (occupations, skills, ...) and municipalities. */
@Controller
@RequestMapping("/taxonomy")
class TaxonomyPageController {

	static final String INDEX = "taxonomy/index";

	static final String SSYK = "taxonomy/ssyk";

	static final String CONCEPT = "taxonomy/concept";

	static final String MUNICIPALITIES = "taxonomy/municipalities";

	private final Taxonomy taxonomy;

	TaxonomyPageController(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** One row of a list of concepts in a page. */
	record Item(String id, String label, String code, String type, String href) {
	}

	@GetMapping
	String index(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
			Model model) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (ConceptType t : ConceptType.values()) {
			counts.put(t.jobtechName(), taxonomy.byType(t).size());
		}
		model.addAttribute("counts", counts);
		model.addAttribute("types", Arrays.stream(ConceptType.values()).map(ConceptType::jobtechName).toList());
		model.addAttribute("version", taxonomy.currentVersion().orElse(null));
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		if (!q.isBlank()) {
			ConceptType conceptType = TaxonomyApiController.type(type);
			model.addAttribute("results", taxonomy.search(q, conceptType, 25).stream()
				.map(h -> new Item(h.id(), h.label(), h.ssyk() == null ? "" : h.ssyk(), h.type(), href(h.id(), h.type())))
				.toList());
		}
		return INDEX;
	}

	/** A node of the SSYK tree. */
	record Node(Item item, List<Node> children) {
	}

	@GetMapping("/ssyk")
	String ssyk(Model model) {
		model.addAttribute("tree", taxonomy.byType(ConceptType.SSYK_LEVEL_1).stream().map(this::node).toList());
		model.addAttribute("groups", taxonomy.byType(ConceptType.SSYK_LEVEL_4).size());
		return SSYK;
	}

	private Node node(Concept c) {
		List<Node> children = c.type() == ConceptType.SSYK_LEVEL_4 ? List.of()
				: taxonomy.narrower(c.id()).stream()
					.filter(n -> n.type() != ConceptType.OCCUPATION_NAME)
					.map(this::node)
					.toList();
		return new Node(item(c), children);
	}

	@GetMapping({ "/concepts/{id}", "/occupations/{id}", "/skills/{id}" })
	String concept(@PathVariable String id, Model model) {
		Concept c = taxonomy.concept(id).orElseThrow(() -> new NotFoundException("concept", id));
		model.addAttribute("concept", c);
		model.addAttribute("typeName", c.type().jobtechName());
		model.addAttribute("english", taxonomy.englishLabel(id).filter(l -> !l.equals(c.label())).orElse(null));
		model.addAttribute("alternatives", taxonomy.alternativeLabels(id));
		model.addAttribute("collections", taxonomy.collections(id));
		model.addAttribute("broader", taxonomy.broader(id).map(this::item).orElse(null));
		boolean occupation = c.type() == ConceptType.OCCUPATION_NAME || c.type() == ConceptType.SSYK_LEVEL_4;
		model.addAttribute("occupation", occupation);
		model.addAttribute("skill", c.type() == ConceptType.SKILL);
		if (occupation) {
			Concept group = taxonomy.ssyk4Of(id).orElseThrow();
			model.addAttribute("group", item(group));
			model.addAttribute("names", items(taxonomy.occupationNamesOf(group.id())));
			model.addAttribute("skills", items(taxonomy.skillsOf(id)));
			model.addAttribute("isco", items(taxonomy.related(group.id()).stream()
				.filter(r -> r.type() == ConceptType.ISCO_LEVEL_4)
				.toList()));
			model.addAttribute("narrower", List.of());
			model.addAttribute("related", List.of());
		}
		else {
			model.addAttribute("narrower", items(taxonomy.narrower(id)));
			model.addAttribute("related", items(taxonomy.related(id).stream()
				.sorted(Comparator.comparing(Concept::label, String.CASE_INSENSITIVE_ORDER))
				.toList()));
		}
		return CONCEPT;
	}

	/** A municipality row for the list beside the map. */
	record MunicipalityRow(String code, String name, String countyCode, String countyName, String conceptId,
			Integer population, List<String> neighbours) {
	}

	@GetMapping("/municipalities")
	String municipalities(Model model) {
		List<MunicipalityRow> rows = taxonomy.municipalities().stream().map(m -> new MunicipalityRow(m.code(),
				m.name(), m.countyCode(), m.countyName(), m.conceptId(), taxonomy.population(m.code()).get(2019),
				taxonomy.neighbours(m.code()).stream()
					.map(n -> taxonomy.municipality(n).map(Municipality::name).orElse(n))
					.toList()))
			.toList();
		model.addAttribute("municipalities", rows);
		model.addAttribute("counties", taxonomy.byType(ConceptType.COUNTY));
		return MUNICIPALITIES;
	}

	private Item item(Concept c) {
		return new Item(c.id(), c.label(), c.code() == null ? "" : c.code(), c.type().jobtechName(),
				href(c.id(), c.type().jobtechName()));
	}

	private List<Item> items(List<Concept> concepts) {
		return concepts.stream().map(this::item).toList();
	}

	static String href(String id, String type) {
		if (type.equals(ConceptType.OCCUPATION_NAME.jobtechName())
				|| type.equals(ConceptType.SSYK_LEVEL_4.jobtechName())) {
			return "/taxonomy/occupations/" + id;
		}
		if (type.equals(ConceptType.SKILL.jobtechName())) {
			return "/taxonomy/skills/" + id;
		}
		return "/taxonomy/concepts/" + id;
	}
}
