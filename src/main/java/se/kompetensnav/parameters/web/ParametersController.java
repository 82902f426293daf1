package se.kompetensnav.parameters.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.parameters.Parameters;

/** The parameter library: everyone signed in reads it, admins change values (a new version each time). */
@Controller
class ParametersController {

	static final String LIST = "parameters/list";

	static final String DETAIL = "parameters/detail";

	private final Parameters parameters;

	private final CurrentUsers users;

	ParametersController(Parameters parameters, CurrentUsers users) {
		this.parameters = parameters;
		this.users = users;
	}

	@GetMapping("/parameters")
	String list(@RequestParam(defaultValue = "") String prefix, Model model) {
		List<ParameterValue> values = parameters.current(prefix);
		Map<String, List<ParameterValue>> byModule = new TreeMap<>();
		for (ParameterValue v : values) {
			String module = v.key().contains(".") ? v.key().substring(0, v.key().indexOf('.')) : v.key();
			byModule.computeIfAbsent(module, m -> new java.util.ArrayList<>()).add(v);
		}
		model.addAttribute("byModule", byModule);
		model.addAttribute("prefix", prefix);
		model.addAttribute("admin", isAdmin());
		return LIST;
	}

	@GetMapping("/parameters/{key}/{year}")
	String detail(@PathVariable String key, @PathVariable int year, Model model) {
		List<ParameterValue> history = parameters.history(key, year);
		if (history.isEmpty()) {
			throw new se.kompetensnav.common.NotFoundException("parameter", key + "@" + year);
		}
		model.addAttribute("current", history.getFirst());
		model.addAttribute("history", history);
		model.addAttribute("admin", isAdmin());
		if (!model.containsAttribute("form")) {
			ParameterValue c = history.getFirst();
			model.addAttribute("form", new Form(c.value().toPlainString(), c.source(), c.note() == null ? "" : c.note()));
		}
		return DETAIL;
	}

	record Form(String value, String source, String note) {
	}

	@PostMapping("/parameters/{key}/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	String change(@PathVariable String key, @PathVariable int year, @RequestParam(defaultValue = "") String value,
			@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note, Model model,
			RedirectAttributes redirect) {
		try {
			BigDecimal parsed;
			try {
				parsed = new BigDecimal(value.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException(FieldError.of("value", "validation.number"));
			}
			parameters.change(key, year, parsed, source, note);
		}
		catch (InvalidInputException e) {
			Map<String, FieldError> errors = new TreeMap<>();
			e.errors().forEach(err -> errors.putIfAbsent(err.field(), err));
			model.addAttribute("errors", errors);
			model.addAttribute("form", new Form(value, source, note));
			return detail(key, year, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/parameters/" + UriUtils.encodePathSegment(key, "UTF-8") + "/" + year;
	}

	private boolean isAdmin() {
		return users.current().map(u -> u.has(Role.ADMIN)).orElse(false);
	}
}
