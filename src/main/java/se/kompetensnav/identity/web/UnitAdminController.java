package se.kompetensnav.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.internal.IdentityAdmin;
import se.kompetensnav.identity.internal.IdentityAdmin.UnitForm;

/** Admin pages for the unit tree: list, create, rename, move, retype. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	static final String LIST = "identity/units";

	static final String FORM = "identity/unit-form";

	private final IdentityAdmin admin;

	private final IdentityFormErrors errors;

	UnitAdminController(IdentityAdmin admin, IdentityFormErrors errors) {
		this.admin = admin;
		this.errors = errors;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tree", admin.tree());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, null, UnitForm.empty());
	}

	@PostMapping
	String create(@ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect) {
		try {
			admin.createUnit(form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/units";
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
			return form(model, null, form);
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		OrgUnit unit = admin.unit(id);
		return form(model, unit, UnitForm.of(unit));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UnitForm form, Model model,
			RedirectAttributes redirect) {
		OrgUnit unit = admin.unit(id);
		try {
			admin.updateUnit(id, form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/units";
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
			return form(model, unit, form);
		}
	}

	private String form(Model model, @Nullable OrgUnit unit, UnitForm form) {
		IdentityFormErrors.none(model);
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("unitChoices", admin.unitChoices());
		model.addAttribute("types", UnitType.values());
		return FORM;
	}
}
