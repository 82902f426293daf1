package se.kompetensnav.employers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.Role;
import se.kompetensnav.taxonomy.ConceptType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports job ads in the public JobTech JobSearch/JobStream JSON format (a search result with {@code hits}, a stream
 * array, or one ad) into opportunities. Idempotent by ad id: an ad seen before updates its opportunity; an ad marked
 * {@code removed} closes it. Each ad is checked in full before anything of it is written; a bad ad is reported with
 * its id and the field at fault and the others are still imported.
 * <p>
 * Admins and unit managers import any ad; employer contacts only ads that carry their own organisation number.
 */
@Service
public class AdImport {

	static final String SOURCE = "JOBTECH";

	static final String URL_SETTING = "ads.url";

	private final Opportunities opportunities;

	private final Organisations organisations;

	private final EmployerScope scope;

	private final EmployersSettings settings;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	AdImport(Opportunities opportunities, Organisations organisations, EmployerScope scope, EmployersSettings settings,
			JdbcClient jdbc, MessageSource messages) {
		this.opportunities = opportunities;
		this.organisations = organisations;
		this.scope = scope;
		this.settings = settings;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Imports a file's content. A file that is not JSON at all is refused whole (field {@code file}). */
	@Transactional
	public AdImportReport importJson(byte[] content) {
		CurrentUser user = scope.user();
		if (!user.hasAny(Role.ADMIN, Role.UNIT_MANAGER, Role.EMPLOYER)) {
			throw new InvalidInputException(FieldError.of("file", "employers.ads.error.role"));
		}
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException e) {
			throw new InvalidInputException(FieldError.atLine((int) Math.max(1, e.getLocation() == null ? 1
					: e.getLocation().getLineNr()), "file", "employers.ads.error.json"));
		}
		List<JsonNode> ads = new ArrayList<>();
		if (root.isArray()) {
			root.forEach(ads::add);
		}
		else if (root.has("hits")) {
			root.path("hits").forEach(ads::add);
		}
		else if (root.isObject()) {
			ads.add(root);
		}
		else {
			throw new InvalidInputException(FieldError.of("file", "employers.ads.error.shape"));
		}
		int created = 0;
		int updated = 0;
		int closed = 0;
		int ignored = 0;
		List<AdImportReport.RejectedAd> rejected = new ArrayList<>();
		Optional<Organisation> own = user.hasAny(Role.ADMIN, Role.UNIT_MANAGER) ? Optional.empty() : organisations.mine();
		for (int i = 0; i < ads.size(); i++) {
			JsonNode ad = ads.get(i);
			String id = text(ad, "id");
			List<FieldError> errors = new ArrayList<>();
			if (id == null) {
				errors.add(FieldError.of("id", "employers.ads.error.required"));
				rejected.addAll(describe("#" + (i + 1), i + 1, errors));
				continue;
			}
			Optional<Opportunity> existing = opportunities.byExternalId(id);
			if (ad.path("removed").asBoolean(false)) {
				if (existing.isPresent() && mayTouch(user, own, existing.get().employerOrgNumber())) {
					if (existing.get().open()) {
						opportunities.close(existing.get().id());
						closed++;
					}
					else {
						ignored++;
					}
				}
				else if (existing.isPresent()) {
					rejected.addAll(describe(id, i + 1, List.of(FieldError.of("employer.organization_number",
							"employers.ads.error.notYours"))));
				}
				else {
					ignored++;
				}
				continue;
			}
			Opportunities.Data data = parse(ad, id, errors);
			if (data != null && !mayTouch(user, own, data.employerOrgNumber())) {
				errors.add(FieldError.of("employer.organization_number", "employers.ads.error.notYours"));
			}
			if (!errors.isEmpty() || data == null) {
				rejected.addAll(describe(id, i + 1, errors));
				continue;
			}
			if (existing.isPresent()) {
				opportunities.update(existing.get().id(), data);
				updated++;
			}
			else {
				opportunities.insert(data);
				created++;
			}
		}
		return new AdImportReport(ads.size(), created, updated, closed, ignored, rejected);
	}

	/** The URL ads are fetched from: the admin's setting, else the configured property; empty when none. */
	public String sourceUrl() {
		return jdbc.sql("select setting_value from emp_setting where setting_key = ?").param(URL_SETTING)
			.query(String.class).optional().orElse(settings.hasAdsUrl() ? settings.adsUrl() : "");
	}

	/** Sets (or, with a blank value, clears) the URL ads are fetched from. Admins only. */
	@Transactional
	public void setSourceUrl(@Nullable String url) {
		if (!scope.user().has(Role.ADMIN)) {
			throw new InvalidInputException(FieldError.of("url", "employers.ads.error.role"));
		}
		jdbc.sql("delete from emp_setting where setting_key = ?").param(URL_SETTING).update();
		if (url != null && !url.isBlank()) {
			URI uri;
			try {
				uri = URI.create(url.strip());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException(FieldError.of("url", "employers.ads.error.url"));
			}
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
				throw new InvalidInputException(FieldError.of("url", "employers.ads.error.url"));
			}
			jdbc.sql("insert into emp_setting (setting_key, setting_value) values (?, ?)").params(URL_SETTING,
					uri.toString()).update();
		}
	}

	/** Fetches the ads from the source URL and imports them. Admins only. */
	public AdImportReport importFromSource() {
		if (!scope.user().has(Role.ADMIN)) {
			throw new InvalidInputException(FieldError.of("url", "employers.ads.error.role"));
		}
		String url = sourceUrl();
		if (url.isBlank()) {
			throw new InvalidInputException(FieldError.of("url", "employers.ads.error.noUrl"));
		}
		byte[] body;
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(settings.timeoutSeconds()))
			.followRedirects(HttpClient.Redirect.NORMAL).build()) {
			HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(Duration.ofSeconds(settings.timeoutSeconds())).header("Accept", "application/json").GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				throw new InvalidInputException(FieldError.of("url", "employers.ads.error.fetch", response.statusCode()));
			}
			body = response.body();
		}
		catch (IOException e) {
			throw new InvalidInputException(FieldError.of("url", "employers.ads.error.fetch", e.getClass().getSimpleName()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InvalidInputException(FieldError.of("url", "employers.ads.error.fetch", "interrupted"));
		}
		return importJson(body);
	}

	private static boolean mayTouch(CurrentUser user, Optional<Organisation> own, @Nullable String orgNumber) {
		if (user.hasAny(Role.ADMIN, Role.UNIT_MANAGER)) {
			return true;
		}
		return own.isPresent() && own.get().orgNumber().equals(orgNumber);
	}

	private Opportunities.@Nullable Data parse(JsonNode ad, String id, List<FieldError> errors) {
		TaxonomyFiles tax = TaxonomyFiles.shared();
		String headline = text(ad, "headline");
		if (headline == null) {
			errors.add(FieldError.of("headline", "employers.ads.error.required"));
		}
		else if (headline.length() > 300) {
			errors.add(FieldError.of("headline", "employers.ads.error.tooLong"));
		}
		String occupation = text(ad.path("occupation"), "concept_id");
		if (occupation == null) {
			errors.add(FieldError.of("occupation.concept_id", "employers.ads.error.required"));
		}
		else if (!tax.is(occupation, ConceptType.OCCUPATION_NAME)) {
			errors.add(FieldError.of("occupation.concept_id", "employers.ads.error.occupation", occupation));
		}
		JsonNode address = ad.path("workplace_address");
		String municipalityConcept = text(address, "municipality_concept_id");
		String kommunkod = null;
		if (municipalityConcept != null) {
			kommunkod = tax.kommunkodOfConcept(municipalityConcept).orElse(null);
			if (kommunkod == null) {
				errors.add(FieldError.of("workplace_address.municipality_concept_id",
						"employers.ads.error.municipality", municipalityConcept));
			}
		}
		else {
			String code = text(address, "municipality_code");
			if (code != null && tax.isMunicipality(code)) {
				kommunkod = code;
			}
			else {
				errors.add(FieldError.of("workplace_address.municipality_concept_id", "employers.ads.error.required"));
			}
		}
		List<SkillRequirement> skills = new ArrayList<>();
		skills(ad.path("must_have").path("skills"), "must_have.skills", Importance.MUST, skills, errors);
		skills(ad.path("nice_to_have").path("skills"), "nice_to_have.skills", Importance.NICE, skills, errors);
		List<String> languages = new ArrayList<>();
		concepts(ad.path("must_have").path("languages"), "must_have.languages", ConceptType.LANGUAGE, languages,
				errors);
		// Nice-to-have languages are not requirements: they are kept out of the opportunity's requirement list.
		concepts(ad.path("nice_to_have").path("languages"), "nice_to_have.languages", ConceptType.LANGUAGE,
				new ArrayList<>(), errors);
		List<String> licences = new ArrayList<>();
		concepts(ad.path("driving_license"), "driving_license", ConceptType.DRIVING_LICENCE, licences, errors);
		int vacancies = 1;
		JsonNode n = ad.path("number_of_vacancies");
		if (!n.isMissingNode() && !n.isNull()) {
			if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
				errors.add(FieldError.of("number_of_vacancies", "employers.ads.error.vacancies"));
			}
			else {
				vacancies = n.asInt();
			}
		}
		LocalDate deadline = date(ad, "application_deadline", errors);
		date(ad, "publication_date", errors);
		LocalDateTime publishedAt = dateTime(ad, "publication_date");
		JsonNode employer = ad.path("employer");
		String orgNumberText = text(employer, "organization_number");
		String orgNumber = null;
		if (orgNumberText != null) {
			OrgNumber on = OrgNumber.parse(orgNumberText);
			if (on == null) {
				errors.add(FieldError.of("employer.organization_number", "employers.ads.error.orgNumber"));
			}
			else {
				orgNumber = on.value();
			}
		}
		String employerName = text(employer, "name");
		if (employerName == null) {
			errors.add(FieldError.of("employer.name", "employers.ads.error.required"));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		Organisation org = orgNumber == null ? null : organisations.byOrgNumber(orgNumber).orElse(null);
		String description = text(ad.path("description"), "text");
		return new Opportunities.Data(org == null ? null : org.id(), org == null ? employerName : org.name(), orgNumber,
				kindOf(ad, headline), headline, description, occupation, kommunkod, null, vacancies, licences, languages,
				false, false, false, true, SOURCE, id, deadline, publishedAt, skills, false);
	}

	/**
	 * JobTech ads carry no field for internships or apprenticeships; the headline and employment type tell. Summer
	 * jobs are seasonal employments or say so in the headline.
	 */
	static OpportunityKind kindOf(JsonNode ad, String headline) {
		String h = headline.toLowerCase(Locale.ROOT);
		String type = ad.path("employment_type").path("label").asString("").toLowerCase(Locale.ROOT);
		if (h.contains("lärling")) {
			return OpportunityKind.APPRENTICESHIP;
		}
		if (h.contains("praktik")) {
			return OpportunityKind.INTERNSHIP;
		}
		if (h.contains("sommarjobb") || h.contains("feriejobb") || h.contains("sommarvikari")
				|| type.contains("sommar")) {
			return OpportunityKind.SUMMER_JOB;
		}
		return OpportunityKind.VACANCY;
	}

	private static void skills(JsonNode list, String field, Importance importance, List<SkillRequirement> out,
			List<FieldError> errors) {
		List<String> ids = new ArrayList<>();
		concepts(list, field, ConceptType.SKILL, ids, errors);
		for (String id : ids) {
			if (out.stream().noneMatch(s -> s.skillId().equals(id))) {
				out.add(new SkillRequirement(id, importance, 0));
			}
		}
	}

	private static void concepts(JsonNode list, String field, ConceptType type, List<String> out,
			List<FieldError> errors) {
		if (list.isMissingNode() || list.isNull()) {
			return;
		}
		if (!list.isArray()) {
			errors.add(FieldError.of(field, "employers.ads.error.list"));
			return;
		}
		for (int i = 0; i < list.size(); i++) {
			String id = text(list.get(i), "concept_id");
			if (id == null || !TaxonomyFiles.shared().is(id, type)) {
				errors.add(FieldError.of(field + "[" + i + "].concept_id", "employers.ads.error.concept",
						id == null ? "" : id));
			}
			else if (!out.contains(id)) {
				out.add(id);
			}
		}
	}

	private static @Nullable LocalDate date(JsonNode ad, String field, List<FieldError> errors) {
		String s = text(ad, field);
		if (s == null) {
			return null;
		}
		try {
			return s.length() > 10 ? LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s).toLocalDate()
					: LocalDate.parse(s);
		}
		catch (DateTimeParseException e) {
			errors.add(FieldError.of(field, "employers.ads.error.date"));
			return null;
		}
	}

	private static @Nullable LocalDateTime dateTime(JsonNode ad, String field) {
		String s = text(ad, field);
		if (s == null) {
			return null;
		}
		try {
			return s.length() > 10 ? LocalDateTime.parse(s.length() > 19 ? s.substring(0, 19) : s)
					: LocalDate.parse(s).atStartOfDay();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode v = node.path(field);
		if (v.isMissingNode() || v.isNull()) {
			return null;
		}
		String s = v.isString() ? v.asString() : v.isNumber() ? v.asString() : null;
		return s == null || s.isBlank() ? null : s.strip();
	}

	private List<AdImportReport.RejectedAd> describe(String adId, int position, List<FieldError> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		return errors.stream().map(e -> new AdImportReport.RejectedAd(adId, position, e.field(), e.messageKey(),
				messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale))).toList();
	}
}
