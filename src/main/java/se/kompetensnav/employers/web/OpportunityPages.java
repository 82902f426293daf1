package se.kompetensnav.employers.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.employers.Opportunity;
import se.kompetensnav.employers.OpportunityForm;
import se.kompetensnav.employers.OpportunityKind;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.employers.TaxonomyFiles;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.ConceptType;

@Controller
@RequestMapping("/employers")
class OpportunityPages {

	/** The languages offered as checkboxes; any JobTech language id is accepted through the API. */
	private static final Set<String> COMMON_LANGUAGES = Set.of("Svenska", "Engelska", "Finska", "Meänkieli",
			"Samiska", "Arabiska", "Somaliska", "Tigrinja", "Persiska", "Ukrainska");

	private static final Set<String> COMMON_LICENCES = Set.of("B", "BE", "C", "CE", "D");

	private final Organisations organisations;

	private final Opportunities opportunities;

	private final PageSupport support;

	OpportunityPages(Organisations organisations, Opportunities opportunities, PageSupport support) {
		this.organisations = organisations;
		this.opportunities = opportunities;
		this.support = support;
	}

	@GetMapping("/my/opportunities")
	String my() {
		Organisation org = organisations.mine().orElseThrow(() -> new NotFoundException("organisation", "mine"));
		return "redirect:/employers/organisations/" + org.id() + "/opportunities";
	}

	@GetMapping("/organisations/{id}/opportunities")
	String list(@PathVariable long id, Model model) {
		Organisation org = organisations.get(id);
		support.organisationModel(org, model);
		model.addAttribute("opportunities", opportunities.of(id));
		return "employers/opportunities-own";
	}

	@GetMapping("/organisations/{id}/opportunities/new")
	String form(@PathVariable long id, Model model) {
		Organisation org = writable(id);
		return showForm(org, new OpportunityForm("VACANCY", "", "", "", org.municipalityCode(), null, 1, List.of(),
				List.of(), false, false, false, true, List.of()), null, model);
	}

	@PostMapping("/organisations/{id}/opportunities")
	String create(@PathVariable long id, @RequestParam Map<String, String> p,
			@RequestParam(name = "drivingLicences", required = false) @Nullable List<String> licences,
			@RequestParam(name = "languages", required = false) @Nullable List<String> languages, Model model) {
		Organisation org = writable(id);
		OpportunityForm form = new OpportunityForm(p.get("kind"), p.get("title"), p.get("description"),
				p.get("occupationId"), p.get("municipalityCode"), p.get("startDate"), NeedsPages.parse(p.get("positions")),
				licences, languages, p.containsKey("partTime"), p.containsKey("supportedEmployment"),
				p.containsKey("supervisor"), true, List.of());
		try {
			Opportunity o = opportunities.create(id, form);
			return "redirect:/employers/opportunities/" + o.id();
		}
		catch (InvalidInputException e) {
			return showForm(org, form, e, model);
		}
	}

	@GetMapping("/opportunities")
	String open(@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String kind, Model model) {
		String m = municipality == null || municipality.isBlank() ? null : municipality;
		OpportunityKind k = kind == null || kind.isBlank() ? null : OpportunityKind.valueOf(kind);
		model.addAttribute("opportunities", opportunities.openFor(m, k));
		model.addAttribute("municipality", m);
		model.addAttribute("kind", k);
		model.addAttribute("kinds", OpportunityKind.values());
		model.addAttribute("municipalities", TaxonomyFiles.shared().municipalities());
		model.addAttribute("tax", new PageSupport.Labels());
		return "employers/opportunities";
	}

	@GetMapping("/opportunities/{id}")
	String show(@PathVariable long id, Model model) {
		Opportunity o = opportunities.get(id);
		model.addAttribute("o", o);
		model.addAttribute("canEdit", opportunities.canEdit(o));
		model.addAttribute("tax", new PageSupport.Labels());
		return "employers/opportunity";
	}

	@PostMapping("/opportunities/{id}/open")
	String setOpen(@PathVariable long id, @RequestParam boolean open) {
		opportunities.setOpen(id, open);
		return "redirect:/employers/opportunities/" + id;
	}

	private String showForm(Organisation org, OpportunityForm form, @Nullable InvalidInputException e, Model model) {
		support.organisationModel(org, model);
		model.addAttribute("form", form);
		model.addAttribute("kinds", OpportunityKind.values());
		model.addAttribute("municipalities", TaxonomyFiles.shared().municipalities());
		model.addAttribute("languages", TaxonomyFiles.shared().byType(ConceptType.LANGUAGE).stream()
			.filter(c -> COMMON_LANGUAGES.contains(c.label())).toList());
		model.addAttribute("licences", TaxonomyFiles.shared().byType(ConceptType.DRIVING_LICENCE).stream()
			.filter(c -> COMMON_LICENCES.contains(c.label())).sorted(java.util.Comparator.comparing(Concept::label))
			.toList());
		model.addAttribute("errors", e == null ? Map.of() : PageSupport.errorsByField(e));
		return "employers/opportunity-form";
	}

	private Organisation writable(long id) {
		Organisation org = organisations.get(id);
		if (!organisations.canEdit(org)) {
			throw new NotFoundException("organisation", id);
		}
		return org;
	}
}
