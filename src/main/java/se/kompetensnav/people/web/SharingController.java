package se.kompetensnav.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.people.internal.SharingService;
import se.kompetensnav.people.internal.SharingService.Share;
import se.kompetensnav.people.internal.SharingService.ShareInput;
import se.kompetensnav.web.FormErrors;

/** Sharing a participant for matching, with consent: a panel on the participant page and the REST API. */
@Controller
@Tag(name = "Participants")
class SharingController {

	static final String FRAGMENT = "people/sharing :: sharing";

	private final SharingService sharing;

	private final FormErrors formErrors;

	private final Clock clock;

	SharingController(SharingService sharing, FormErrors formErrors, Clock clock) {
		this.sharing = sharing;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	/** The sharing panel (loaded by htmx into the participant page). */
	@GetMapping("/people/participants/{id}/sharing")
	String panel(@PathVariable long id, Model model) {
		return panel(id, model, Map.of(), null);
	}

	private String panel(long id, Model model, Map<String, String> errors, @Nullable String consentDate) {
		model.addAttribute("participantId", id);
		model.addAttribute("share", sharing.status(id).orElse(null));
		model.addAttribute("errors", errors);
		model.addAttribute("consentDate", consentDate != null ? consentDate : LocalDate.now(clock).toString());
		return FRAGMENT;
	}

	@PostMapping("/people/participants/{id}/sharing")
	String share(@PathVariable long id, @RequestParam(required = false) @Nullable String consentDate,
			@RequestParam(required = false) @Nullable Boolean consentGiven,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String hx, Model model, Locale locale) {
		try {
			sharing.share(id, new ShareInput(consentDate, consentGiven));
		}
		catch (InvalidInputException e) {
			return panel(id, model, formErrors.byField(e, locale), consentDate);
		}
		return hx != null ? panel(id, model) : "redirect:/people/participants/" + id;
	}

	@PostMapping("/people/participants/{id}/sharing/withdraw")
	String withdraw(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) @Nullable String hx,
			Model model) {
		sharing.withdraw(id);
		return hx != null ? panel(id, model) : "redirect:/people/participants/" + id;
	}

	// ---- REST ----

	/** The sharing state of a participant. */
	record SharingState(boolean shared, @Nullable String reference, @Nullable LocalDate consentDate,
			@Nullable String consentRecordedBy) {

		static SharingState of(@Nullable Share s) {
			return s == null ? new SharingState(false, null, null, null)
					: new SharingState(true, s.reference(), s.consentDate(), s.consentRecordedBy());
		}
	}

	@GetMapping("/api/participants/{id}/sharing")
	@ResponseBody
	@Operation(summary = "Whether the participant is shared for matching, with the recorded consent",
			description = "The participant's case workers only; audited.")
	SharingState state(@PathVariable long id) {
		return SharingState.of(sharing.status(id).orElse(null));
	}

	@PutMapping("/api/participants/{id}/sharing")
	@ResponseBody
	@Operation(summary = "Share the participant for matching, recording the participant's consent",
			description = "Body {\"consentDate\":\"YYYY-MM-DD\",\"consentGiven\":true}. Employers and other "
					+ "matching users then see the participant anonymised (a reference, never a name). 400 with "
					+ "field errors when the consent is missing.")
	SharingState shareApi(@PathVariable long id, @RequestBody ShareInput input) {
		return SharingState.of(sharing.share(id, input));
	}

	@DeleteMapping("/api/participants/{id}/sharing")
	@Operation(summary = "Withdraw the sharing (the participant withdrew consent): no longer proposed to anyone")
	ResponseEntity<Void> withdrawApi(@PathVariable long id) {
		sharing.withdraw(id);
		return ResponseEntity.noContent().build();
	}
}
