package se.kompetensnav.education.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.education.CourseStart;
import se.kompetensnav.education.ProviderType;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalogue for Norrbotten (demo mode only): demo providers and about sixty courses and five validation
 * offers from {@value #RESOURCE}, in the documented JSON import format with real taxonomy ids. The file's start
 * dates count from {@link #BASE}; they are moved by whole weeks so that the first ones fall in the coming weeks.
 * Runs once: when the demo providers exist it does nothing.
 */
@Component
class DemoCatalogue implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	static final String RESOURCE = "education/demo-catalogue.json";

	/** The Monday the file's start dates count from. */
	static final LocalDate BASE = LocalDate.of(2026, 1, 5);

	/** Demo providers: unit code, name, type, kommunkod. Lärcentrum Boden's unit exists from the identity demo. */
	record DemoProvider(String code, String name, ProviderType type, String municipality) {
	}

	static final List<DemoProvider> PROVIDERS = List.of(
			new DemoProvider("larcentrum-boden", "Lärcentrum Boden (demo)", ProviderType.ADULT_EDUCATION, "2582"),
			new DemoProvider("komvux-lulea-demo", "Lärcentrum Luleå – Komvux (demo)", ProviderType.ADULT_EDUCATION,
					"2580"),
			new DemoProvider("yh-norrbotten-demo", "Yrkeshögskolan Norrbotten (demo)", ProviderType.VOCATIONAL_COLLEGE,
					"2580"),
			new DemoProvider("ltu-uppdrag-demo", "Luleå tekniska universitet – uppdragsutbildning (demo)",
					ProviderType.UNIVERSITY, "2580"),
			new DemoProvider("vreta-kortkurser-demo", "Vreta Kluster kortkurser (demo)", ProviderType.CLUSTER, "2582"),
			new DemoProvider("industriutbildning-pitea-demo", "Industriutbildning Piteå AB (demo)",
					ProviderType.PRIVATE, "2581"));

	private final Demo demo;

	private final Units units;

	private final CatalogueService catalogue;

	private final JsonMapper json;

	private final Clock clock;

	DemoCatalogue(Demo demo, Units units, CatalogueService catalogue, JsonMapper json, Clock clock) {
		this.demo = demo;
		this.units = units;
		this.catalogue = catalogue;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String name() {
		return "education demo catalogue";
	}

	@Override
	public void run() {
		if (!demo.enabled() || catalogue.providerByCode("yh-norrbotten-demo").isPresent()) {
			return;
		}
		for (DemoProvider p : PROVIDERS) {
			if (units.findByCode(p.code()).isEmpty()) {
				units.create(null, p.code(), UnitType.PROVIDER, p.name(), p.municipality(), null, true);
			}
			catalogue.register(p.code(), p.type(), true);
		}
		CatalogueDocument document = read(json);
		long weeks = ChronoUnit.WEEKS.between(BASE,
				LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
		List<ImportRow<CourseDraft>> courses = document.courseRows().stream()
			.map(r -> new ImportRow<>(r.line(), r.provider(), shifted(r.draft(), weeks))).toList();
		ImportResult result = catalogue.importCatalogue(courses, document.validationRows(), true);
		log.info("Created the demo catalogue: {} providers, {} courses and validation offers", PROVIDERS.size(),
				result.created());
	}

	static CatalogueDocument read(JsonMapper json) {
		try (InputStream in = DemoCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return json.readValue(in, CatalogueDocument.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CourseDraft shifted(CourseDraft d, long weeks) {
		List<CourseStart> starts = d.starts().stream()
			.map(s -> new CourseStart(s.date().plusWeeks(weeks), s.seats())).toList();
		return new CourseDraft(d.ref(), d.title(), d.description(), d.skills(), d.occupations(), d.sunLevel(),
				d.sunField(), d.weeks(), d.hours(), d.pace(), d.mode(), d.municipality(), starts, d.cost(),
				d.swedishLevel(), d.priorCourses(), d.language(), d.shortCourse());
	}
}
