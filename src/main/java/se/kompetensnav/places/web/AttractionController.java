package se.kompetensnav.places.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.places.NewcomerInquiries;
import se.kompetensnav.places.PlaceProfiles;
import se.kompetensnav.web.FormErrors;

/**
 * Attraction: public municipality profiles, the public inquiry form for people who might move, and the reception's
 * inbox.
 */
@Controller
class AttractionController {

	private final PlaceProfiles profiles;

	private final NewcomerInquiries inquiries;

	private final FormErrors formErrors;

	AttractionController(PlaceProfiles profiles, NewcomerInquiries inquiries, FormErrors formErrors) {
		this.profiles = profiles;
		this.inquiries = inquiries;
		this.formErrors = formErrors;
	}

	@GetMapping("/platser/kommuner")
	String profiles(Model model) {
		model.addAttribute("profiles", profiles.published());
		return "places/profiles";
	}

	@GetMapping("/platser/kommun/{code}")
	String profile(@PathVariable String code, Model model) {
		model.addAttribute("profile", profiles.find(code).filter(PlaceProfiles.Profile::published)
			.orElseThrow(() -> new NotFoundException("profile", code)));
		model.addAttribute("jobs", profiles.openJobs(code));
		return "places/profile";
	}

	/** The municipality's own staff (a unit manager within its reception unit) or an admin edit the profile. */
	@GetMapping("/platser/kommun/{code}/redigera")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER')")
	String editProfile(@PathVariable String code, Model model) {
		PlaceProfiles.Profile p = profiles.editable(code);
		model.addAttribute("profile", p);
		model.addAttribute("lifeTags", PlaceProfiles.LIFE_TAGS);
		return "places/profile-edit";
	}

	@PostMapping("/platser/kommun/{code}/redigera")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER')")
	String saveProfile(@PathVariable String code, @RequestParam Map<String, String> form,
			@RequestParam(name = "lifeTags", required = false) List<String> tags, Model model, Locale locale,
			HttpServletResponse response) {
		PlaceProfiles.Profile current = profiles.editable(code);
		PlaceProfiles.Profile changed = new PlaceProfiles.Profile(code, current.municipalityName(), form.get("suits"),
				tags == null ? Set.of() : new LinkedHashSet<>(tags), form.get("industry"), form.get("culture"),
				form.get("housing"), current.receptionUnitId(), "on".equals(form.get("published")), current.demo());
		try {
			profiles.save(changed);
			return "redirect:/platser/kommun/" + code;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", formErrors.byField(e, locale));
			model.addAttribute("profile", changed);
			model.addAttribute("lifeTags", PlaceProfiles.LIFE_TAGS);
			return "places/profile-edit";
		}
	}

	@GetMapping("/platser/flytta")
	String inquiryForm(@RequestParam(required = false) String kommun, Model model) {
		model.addAttribute("profiles", profiles.published());
		model.addAttribute("values", Map.of("municipalityCode", kommun == null ? "" : kommun));
		model.addAttribute("lifeTags", PlaceProfiles.LIFE_TAGS);
		model.addAttribute("timings", NewcomerInquiries.TIMINGS);
		return "places/inquiry-form";
	}

	@PostMapping("/platser/flytta")
	String submitInquiry(@RequestParam Map<String, String> form,
			@RequestParam(name = "wishes", required = false) List<String> wishes, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		try {
			var sent = inquiries.submit(new NewcomerInquiries.NewInquiry(form.get("municipalityCode"),
					form.getOrDefault("name", ""), form.getOrDefault("email", ""), form.get("occupation"),
					form.get("skills"), parse(form.get("adults"), 1), parse(form.get("children"), 0),
					wishes == null ? Set.of() : new LinkedHashSet<>(wishes), form.getOrDefault("timing", ""),
					form.get("message"), "on".equals(form.get("consent")), form.get("website")),
					request.getRemoteAddr(), NewcomerInquiries.Channel.FORM);
			model.addAttribute("inquiry", sent);
			return "places/inquiry-thanks";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", formErrors.byField(e, locale));
			model.addAttribute("values", form);
			model.addAttribute("chosenWishes", wishes == null ? List.of() : wishes);
			model.addAttribute("profiles", profiles.published());
			model.addAttribute("lifeTags", PlaceProfiles.LIFE_TAGS);
			model.addAttribute("timings", NewcomerInquiries.TIMINGS);
			return "places/inquiry-form";
		}
	}

	@ExceptionHandler(NewcomerInquiries.TooManyInquiries.class)
	String tooMany(HttpServletResponse response) {
		response.setStatus(429);
		return "places/inquiry-toomany";
	}

	@GetMapping("/platser/flytta/aterkalla/{token}")
	String withdrawForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "places/inquiry-withdraw";
	}

	@PostMapping("/platser/flytta/aterkalla/{token}")
	String withdraw(@PathVariable String token, Model model) {
		inquiries.withdraw(token);
		model.addAttribute("withdrawn", true);
		return "places/inquiry-withdraw";
	}

	@GetMapping("/platser/forfragningar")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','CONSULTANT')")
	String inbox(Model model) {
		model.addAttribute("inquiries", inquiries.inbox());
		model.addAttribute("times", inquiries.responseTimes());
		return "places/inbox";
	}

	@GetMapping("/platser/forfragningar/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','CONSULTANT')")
	String inquiry(@PathVariable long id, Model model) {
		model.addAttribute("inquiry", inquiries.read(id));
		return "places/inquiry";
	}

	@PostMapping("/platser/forfragningar/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','CONSULTANT')")
	String answer(@PathVariable long id, @RequestParam String answer, Model model, Locale locale) {
		try {
			inquiries.answer(id, answer);
			return "redirect:/platser/forfragningar/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", formErrors.byField(e, locale));
			model.addAttribute("inquiry", inquiries.read(id));
			return "places/inquiry";
		}
	}

	private static int parse(String s, int fallback) {
		try {
			return s == null || s.isBlank() ? fallback : Integer.parseInt(s.trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
