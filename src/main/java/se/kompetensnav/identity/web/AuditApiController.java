package se.kompetensnav.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.identity.internal.AuditReview;
import se.kompetensnav.identity.internal.AuditReview.Query;

/** The audit review for API clients (admins, unit managers), scoped as the page is. */
@RestController
@Tag(name = "Audit review (loggkontroll)")
class AuditApiController {

	private final AuditReview review;

	AuditApiController(AuditReview review) {
		this.review = review;
	}

	@GetMapping("/api/audit")
	@Operation(summary = "Audit entries newest first, filtered by user, person and period (dates YYYY-MM-DD, inclusive)")
	AuditReview.Page search(@RequestParam(required = false) @Nullable String user,
			@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page) {
		return review.page(new Query(user, person, from, to), page);
	}
}
