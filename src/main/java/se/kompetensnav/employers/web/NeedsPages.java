package se.kompetensnav.employers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunctionForm;
import se.kompetensnav.employers.FunctionTemplate;
import se.kompetensnav.employers.NeedReason;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.employers.TaxonomyFiles;

/** The guided flow: template library -> editable form -> a stored critical function. */
@Controller
@RequestMapping("/employers")
class NeedsPages {

	private final Organisations organisations;

	private final CompetenceNeeds needs;

	private final PageSupport support;

	NeedsPages(Organisations organisations, CompetenceNeeds needs, PageSupport support) {
		this.organisations = organisations;
		this.needs = needs;
		this.support = support;
	}

	@GetMapping("/my/needs")
	String my() {
		Organisation org = organisations.mine().orElseThrow(() -> new NotFoundException("organisation", "mine"));
		return "redirect:/employers/organisations/" + org.id() + "/needs";
	}

	@GetMapping("/organisations/{id}/needs")
	String list(@PathVariable long id, Model model) {
		Organisation org = organisations.get(id);
		support.organisationModel(org, model);
		model.addAttribute("functions", needs.of(id));
		Map<String, List<FunctionTemplate>> bySector = new LinkedHashMap<>();
		for (FunctionTemplate t : needs.templates()) {
			bySector.computeIfAbsent(t.sector(), k -> new ArrayList<>()).add(t);
		}
		model.addAttribute("templatesBySector", bySector);
		return "employers/needs";
	}

	@GetMapping("/organisations/{id}/needs/new")
	String form(@PathVariable long id, @RequestParam(required = false) @Nullable String template, Model model) {
		Organisation org = writable(id);
		CriticalFunctionForm form = template == null || template.isBlank()
				? new CriticalFunctionForm("", "", NeedReason.EXPANSION.name(), 0, 0, 0, 0, null, List.of())
				: needs.fromTemplate(template);
		return showForm(org, form, null, model);
	}

	@PostMapping("/organisations/{id}/needs")
	String create(@PathVariable long id, @RequestParam Map<String, String> params,
			@RequestParam(name = "skillId", required = false) @Nullable List<String> skillIds,
			@RequestParam(name = "importance", required = false) @Nullable List<String> importances,
			@RequestParam(name = "level", required = false) @Nullable List<String> levels, Model model) {
		Organisation org = writable(id);
		List<CriticalFunctionForm.SkillRequirementForm> rows = new ArrayList<>();
		List<String> ids = skillIds == null ? List.of() : skillIds;
		for (int i = 0; i < ids.size(); i++) {
			String imp = importances != null && i < importances.size() ? importances.get(i) : "MUST";
			if ("NONE".equals(imp)) {
				continue;
			}
			rows.add(new CriticalFunctionForm.SkillRequirementForm(ids.get(i), imp,
					levels != null && i < levels.size() ? parse(levels.get(i)) : null));
		}
		String extra = params.get("addSkillId");
		if (extra != null && !extra.isBlank()) {
			rows.add(new CriticalFunctionForm.SkillRequirementForm(extra, params.getOrDefault("addImportance", "MUST"),
					parse(params.get("addLevel"))));
		}
		CriticalFunctionForm form = new CriticalFunctionForm(params.get("title"), params.get("occupationId"),
				params.get("reason"), parse(params.get("headcountNow")), parse(params.get("headcount1y")),
				parse(params.get("headcount3y")), parse(params.get("headcount5y")), params.get("templateKey"), rows);
		if (params.containsKey("refresh")) {
			return showForm(org, form, null, model);
		}
		try {
			needs.create(id, form);
			return "redirect:/employers/organisations/" + id + "/needs";
		}
		catch (InvalidInputException e) {
			return showForm(org, form, e, model);
		}
	}

	private String showForm(Organisation org, CriticalFunctionForm form, @Nullable InvalidInputException e,
			Model model) {
		support.organisationModel(org, model);
		model.addAttribute("form", form);
		model.addAttribute("reasons", NeedReason.values());
		model.addAttribute("errors", e == null ? Map.of() : PageSupport.errorsByField(e));
		String occupation = form.occupationId() == null ? "" : form.occupationId();
		List<String> present = form.skillRows().stream().map(r -> r.skillId()).toList();
		model.addAttribute("relatedSkills", TaxonomyFiles.shared().skillsOfOccupation(occupation).stream()
			.filter(s -> !present.contains(s)).toList());
		return "employers/need-form";
	}

	private Organisation writable(long id) {
		Organisation org = organisations.get(id);
		if (!organisations.canEdit(org)) {
			throw new NotFoundException("organisation", id);
		}
		return org;
	}

	static @Nullable Integer parse(@Nullable String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
