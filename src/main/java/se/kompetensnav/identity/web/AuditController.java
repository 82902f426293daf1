package se.kompetensnav.identity.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.internal.AuditReview;
import se.kompetensnav.identity.internal.AuditReview.Query;

/** Loggkontroll: review of the audit log by user, person and period, with a CSV export. */
@Controller
class AuditController {

	static final String PAGE = "identity/audit";

	private final AuditReview review;

	private final IdentityFormErrors errors;

	private final Clock clock;

	AuditController(AuditReview review, IdentityFormErrors errors, Clock clock) {
		this.review = review;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Query query = new Query(user, person, from, to);
		IdentityFormErrors.none(model);
		model.addAttribute("query", query);
		try {
			model.addAttribute("result", review.page(query, page));
		}
		catch (InvalidInputException e) {
			errors.add(model, e);
		}
		return PAGE;
	}

	@GetMapping(value = "/audit/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		String csv = review.exportCsv(new Query(user, person, from, to));
		// A byte-order mark so that spreadsheet programs read the UTF-8 (å, ä, ö) correctly.
		byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("loggkontroll-" + LocalDate.now(clock) + ".csv").build().toString())
			.body(body);
	}
}
