package se.kompetensnav.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.internal.IdentityAdmin;
import se.kompetensnav.identity.internal.IdentityAdmin.UserForm;
import se.kompetensnav.identity.internal.IdentityAdmin.UserView;

/** Admin pages for users: list, create, edit roles and unit, disable/enable, set a password, unlock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String LIST = "identity/users";

	static final String FORM = "identity/user-form";

	private final IdentityAdmin admin;

	private final IdentityFormErrors errors;

	UserAdminController(IdentityAdmin admin, IdentityFormErrors errors) {
		this.admin = admin;
		this.errors = errors;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", admin.users());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, null, UserForm.empty());
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
		try {
			long id = admin.createUser(form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
			return form(model, null, form);
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		UserView user = admin.user(id);
		return form(model, user, user.form());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
			RedirectAttributes redirect) {
		try {
			admin.updateUser(id, form);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
			return form(model, admin.user(id), form);
		}
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, Model model, RedirectAttributes redirect) {
		try {
			admin.setEnabled(id, enabled);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
			UserView user = admin.user(id);
			return form(model, user, user.form());
		}
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable long id, @RequestParam(required = false) @Nullable String password, Model model,
			RedirectAttributes redirect) {
		try {
			admin.setPassword(id, password);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
			UserView user = admin.user(id);
			return form(model, user, user.form());
		}
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		admin.unlock(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, @Nullable UserView user, UserForm form) {
		IdentityFormErrors.none(model);
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("unitChoices", admin.unitChoices());
		model.addAttribute("roles", Role.values());
		return FORM;
	}
}
