package se.kompetensnav.employers.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.OrganisationForm;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.employers.TaxonomyFiles;

@Controller
@RequestMapping("/employers")
class OrganisationPages {

	private final Organisations organisations;

	private final PageSupport support;

	OrganisationPages(Organisations organisations, PageSupport support) {
		this.organisations = organisations;
		this.support = support;
	}

	@GetMapping({ "", "/organisations" })
	String list(Model model) {
		var mine = organisations.mine();
		if (mine.isPresent() && organisations.visible().size() == 1) {
			return "redirect:/employers/organisations/" + mine.get().id();
		}
		model.addAttribute("organisations", organisations.visible());
		model.addAttribute("municipalities", TaxonomyFiles.shared().municipalities());
		model.addAttribute("canRegister", organisations.canRegister());
		return "employers/organisations";
	}

	@GetMapping("/my")
	String my() {
		var mine = organisations.mine();
		if (mine.isEmpty() && organisations.registersOwn()) {
			return "redirect:/employers/organisations/new";
		}
		Organisation org = mine.orElseThrow(() -> new NotFoundException("organisation", "mine"));
		return "redirect:/employers/organisations/" + org.id();
	}

	/** Registration: admins register any employer; an employer contact registers their own organisation once. */
	@GetMapping("/organisations/new")
	String register(Model model) {
		if (!organisations.canRegister()) {
			throw new NotFoundException("organisation", "new");
		}
		return registerForm(new OrganisationForm("", "", "", null, null, "", false), null, null, model);
	}

	@PostMapping("/organisations/new")
	String registerSave(@ModelAttribute("form") OrganisationForm form,
			@RequestParam(required = false) @Nullable String unitCode, Model model) {
		if (!organisations.canRegister()) {
			throw new NotFoundException("organisation", "new");
		}
		try {
			Organisation org = organisations.create(form, unitCode);
			return "redirect:/employers/organisations/" + org.id();
		}
		catch (InvalidInputException e) {
			return registerForm(form, unitCode, e, model);
		}
	}

	private String registerForm(OrganisationForm form, @Nullable String unitCode, @Nullable InvalidInputException e,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unitCode", unitCode == null ? "" : unitCode);
		model.addAttribute("registersOwn", organisations.registersOwn());
		model.addAttribute("municipalities", TaxonomyFiles.shared().municipalities());
		model.addAttribute("errors", e == null ? java.util.Map.of() : PageSupport.errorsByField(e));
		return "employers/organisation-new";
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable long id, Model model) {
		support.organisationModel(organisations.get(id), model);
		return "employers/organisation";
	}

	@GetMapping("/organisations/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Organisation org = organisations.get(id);
		if (!organisations.canEdit(org)) {
			throw new NotFoundException("organisation", id);
		}
		model.addAttribute("org", org);
		model.addAttribute("form", new OrganisationForm(org.name(), org.orgNumber(), org.sniCode(), org.employees(),
				org.turnoverMsek(), org.municipalityCode(), (Boolean) org.greenTransition()));
		model.addAttribute("municipalities", TaxonomyFiles.shared().municipalities());
		return "employers/organisation-edit";
	}

	@PostMapping("/organisations/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, Model model) {
		try {
			organisations.update(id, form);
			return "redirect:/employers/organisations/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("org", organisations.get(id));
			model.addAttribute("municipalities", TaxonomyFiles.shared().municipalities());
			model.addAttribute("errors", PageSupport.errorsByField(e));
			return "employers/organisation-edit";
		}
	}
}
