package se.kompetensnav.people.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.people.Participants;
import se.kompetensnav.people.StatisticalRecord;
import se.kompetensnav.people.internal.Culling;
import se.kompetensnav.people.internal.RegisterExtracts;

@RestController
@Tag(name = "People data protection", description = "Registerutdrag, culling and pseudonymised statistics")
class PeopleAdminApiController {

	private final RegisterExtracts extracts;

	private final Culling culling;

	private final Participants participants;

	PeopleAdminApiController(RegisterExtracts extracts, Culling culling, Participants participants) {
		this.extracts = extracts;
		this.culling = culling;
		this.participants = participants;
	}

	@GetMapping("/api/participants/{id}/registerutdrag")
	@Operation(summary = "Everything held about the participant (GDPR Art. 15), unmasked; audited as EXPORT")
	RegisterExtracts.Registerutdrag extract(@PathVariable long id) {
		return extracts.extract(id);
	}

	@GetMapping("/api/participants/{id}/registerutdrag/pdf")
	@Operation(summary = "The registerutdrag as PDF")
	ResponseEntity<byte[]> extractPdf(@PathVariable long id, Locale locale) {
		byte[] pdf = extracts.pdf(extracts.extract(id), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("registerutdrag-" + id + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(pdf);
	}

	@PostMapping("/api/people/culling")
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_MANAGER')")
	@Operation(summary = "Erase the personal data of participants whose retention after exit has run out")
	Map<String, Integer> cull() {
		return Map.of("culled", culling.cullDue());
	}

	@GetMapping("/api/people/statistics")
	@Operation(summary = "Pseudonymised statistical records (no personal data), current and culled")
	List<StatisticalRecord> statistics(@RequestParam(required = false) @Nullable Long programmeId) {
		return participants.statisticalRecords(programmeId);
	}
}
