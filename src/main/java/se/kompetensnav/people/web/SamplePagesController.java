package se.kompetensnav.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.esf.EsfReportService;
import se.kompetensnav.people.esf.SampleService;
import se.kompetensnav.people.internal.Culling;
import se.kompetensnav.web.FormErrors;

/** The representative samples of a programme (ESF+ six-month indicators), and the admin-triggered culling run. */
@Controller
class SamplePagesController {

	static final String SAMPLES = "people/samples";

	private final SampleService samples;

	private final EsfReportService esf;

	private final Culling culling;

	private final FormErrors formErrors;

	private final Clock clock;

	SamplePagesController(SampleService samples, EsfReportService esf, Culling culling, FormErrors formErrors,
			Clock clock) {
		this.samples = samples;
		this.esf = esf;
		this.culling = culling;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/people/programmes/{id}/esf/samples")
	String samples(@PathVariable long id, Model model) {
		LocalDate today = LocalDate.now(clock);
		model(model, id, new SampleService.SampleInput(today.minusYears(1).withDayOfYear(1).toString(),
				today.minusMonths(6).toString(), "30", ""));
		return SAMPLES;
	}

	@PostMapping("/people/programmes/{id}/esf/samples")
	String draw(@PathVariable long id, @ModelAttribute("form") SampleService.SampleInput form, Model model,
			Locale locale) {
		try {
			samples.draw(id, form);
			return "redirect:/people/programmes/" + id + "/esf/samples";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", formErrors.byField(e, locale));
			model(model, id, form);
			return SAMPLES;
		}
	}

	private void model(Model model, long id, SampleService.SampleInput form) {
		Programme p = esf.programme(id);
		model.addAttribute("programme", p);
		model.addAttribute("form", form);
		model.addAttribute("mayDraw", samples.mayDraw(p));
		model.addAttribute("samples", samples.list(id));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
	}

	@PostMapping("/people/culling")
	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('ADMIN', 'UNIT_MANAGER')")
	String cull(RedirectAttributes redirect) {
		redirect.addFlashAttribute("culled", culling.cullDue());
		return "redirect:/people/programmes";
	}
}
