package se.kompetensnav.places.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.kompetensnav.places.AssessmentReport;
import se.kompetensnav.places.Framework;
import se.kompetensnav.places.KoladaClient;
import se.kompetensnav.places.NewcomerInquiries;
import se.kompetensnav.places.PlaceAssessments;
import se.kompetensnav.places.PlaceIndicators;
import se.kompetensnav.places.core.DimensionScore;
import se.kompetensnav.places.core.Recommendation;

@RestController
@RequestMapping("/api/places")
@Tag(name = "Places", description = "Place attractiveness: assessments, ranked actions, indicators, newcomer inquiries")
class PlacesApi {

	private final PlaceAssessments assessments;

	private final PlaceIndicators indicators;

	private final NewcomerInquiries inquiries;

	private final KoladaClient kolada;

	private final Framework framework;

	private final Reasons reasons;

	PlacesApi(PlaceAssessments assessments, PlaceIndicators indicators, NewcomerInquiries inquiries,
			KoladaClient kolada, Framework framework, Reasons reasons) {
		this.assessments = assessments;
		this.indicators = indicators;
		this.inquiries = inquiries;
		this.kolada = kolada;
		this.framework = framework;
		this.reasons = reasons;
	}

	record DimensionJson(String key, String label, @Nullable Double survey, @Nullable Double municipality,
			@Nullable Double industry, int answers, double spread, @Nullable Double indicator, double score,
			double reference, double gap) {
	}

	record RecommendationJson(int rank, String action, String label, double priority, List<String> reasons) {
	}

	record ReportJson(long id, String municipality, String title, List<String> comparisonGroup,
			boolean referenceFromGroup, List<DimensionJson> dimensions, List<RecommendationJson> recommendations,
			List<String> alreadyStrong) {
	}

	@GetMapping("/assessments/{id}/report")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','ANALYST')")
	@Operation(summary = "An assessment's summary by dimension and its ranked actions with reasons")
	ReportJson report(@PathVariable long id, Locale locale) {
		AssessmentReport r = assessments.report(id);
		List<DimensionJson> dims = new ArrayList<>();
		for (Framework.Dimension d : framework.dimensions()) {
			DimensionScore s = r.scores().get(d.key());
			dims.add(new DimensionJson(d.key(), d.label(locale), s.survey(), s.municipality(), s.industry(),
					s.answers(), s.spread(), s.indicator(), s.combined(), s.reference(), s.gap()));
		}
		List<RecommendationJson> recs = new ArrayList<>();
		for (Recommendation rec : r.recommendations().ranked()) {
			recs.add(new RecommendationJson(rec.rank(), rec.action().key(),
					framework.action(rec.action().key()).map(x -> x.label(locale)).orElse(rec.action().key()),
					rec.priority(), reasons.explain(rec, r, locale)));
		}
		return new ReportJson(id, r.assessment().municipalityCode(), r.assessment().title(), r.comparisonGroup(),
				r.referenceFromGroup(), dims, recs,
				r.recommendations().alreadyStrong().stream().map(a -> a.key()).toList());
	}

	record InquiryJson(@Nullable String municipalityCode, String name, String email, @Nullable String occupation,
			@Nullable String skills, @Nullable Integer adults, @Nullable Integer children,
			@Nullable List<String> wishes, String timing, @Nullable String message, boolean consent,
			@Nullable String website) {
	}

	record InquiryReceipt(String municipalityCode, List<String> matched, String withdrawToken) {
	}

	@PostMapping("/inquiries")
	@Operation(summary = "A person interested in moving sends an inquiry (public; rate-limited)",
			description = """
					Public and anonymous, for another site's back end as well as a page's script: no login, no session \
					and no CSRF token, as long as the body is sent with Content-Type application/json (any other type \
					is refused 403 without a token). Answers 201 with the receiving municipality, the best-matching \
					municipalities and the withdrawal token; 400 with a problem document whose errors name the field \
					(name, email, adults, children, wishes, timing, municipalityCode, consent, ...); 429 with a problem \
					document and Retry-After after 10 valid inquiries from one remote address within a minute \
					(kompetensnav.places.api-inquiries-per-minute).""")
	ResponseEntity<InquiryReceipt> inquire(@RequestBody InquiryJson in, HttpServletRequest request) {
		Set<String> wishes = in.wishes() == null ? Set.of() : new LinkedHashSet<>(in.wishes());
		var sent = inquiries.submit(new NewcomerInquiries.NewInquiry(in.municipalityCode(), nz(in.name()),
				nz(in.email()), in.occupation(), in.skills(), in.adults() == null ? 1 : in.adults(),
				in.children() == null ? 0 : in.children(), wishes, nz(in.timing()), in.message(), in.consent(),
				in.website()), request.getRemoteAddr(), NewcomerInquiries.Channel.API);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new InquiryReceipt(sent.municipalityCode(), sent.matchedCodes(), sent.token()));
	}

	@ExceptionHandler(NewcomerInquiries.TooManyInquiries.class)
	ResponseEntity<ProblemDetail> tooMany() {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "too many inquiries"));
	}

	@PostMapping(path = "/indicators/import", consumes = "multipart/form-data")
	@PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
	@Operation(summary = "Import indicator values from CSV (kommunkod,indicator,year,value,source); all rows or none")
	Map<String, Integer> importIndicators(@RequestParam("file") MultipartFile file) throws IOException {
		return Map.of("imported",
				indicators.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)));
	}

	@PostMapping("/indicators/kolada")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Import a Kolada KPI as an indicator for the given municipalities and years")
	ResponseEntity<?> importKolada(@RequestParam String kpi, @RequestParam String indicator,
			@RequestParam List<String> municipalities, @RequestParam List<Integer> years) {
		if (framework.indicator(indicator).isEmpty()) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "unknown indicator " + indicator));
		}
		try {
			List<PlaceIndicators.Value> values = kolada.values(kpi, municipalities, years).stream()
				.map(v -> new PlaceIndicators.Value(v.municipality(), indicator, v.year(), v.value(),
						"Kolada " + v.kpi()))
				.toList();
			indicators.store(values);
			return ResponseEntity.ok(Map.of("imported", values.size()));
		}
		catch (KoladaClient.KoladaException e) {
			return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage()));
		}
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}
}
