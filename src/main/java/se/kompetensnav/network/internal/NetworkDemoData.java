package se.kompetensnav.network.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.education.Catalogue;
import se.kompetensnav.education.Course;
import se.kompetensnav.employers.FunctionTemplate;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.Importance;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Units;
import se.kompetensnav.network.Actor;
import se.kompetensnav.network.ActorForm;
import se.kompetensnav.network.FundingRules;
import se.kompetensnav.network.Network;

/**
 * Demo network for Boden and Norrbotten: a green industry cluster, a green-industries cluster modelled on the
 * Swedish green clusters (a node, a hub and a neutral meeting place between academia, business and the public
 * sector), the demo employer and provider, the municipality's job centre, the region and the university, with
 * needs and offers, projects funded by ESF+, the regional fund, the just-transition fund and Vinnova, two events,
 * funding hints, and three completed cohorts with their results. Everything is labelled demo. Idempotent.
 */
@Component
class NetworkDemoData implements StartupTask {

	private final Demo demo;

	private final JdbcClient jdbc;

	private final Network network;

	private final FundingRules rules;

	private final Units units;

	private final Organisations organisations;

	private final CompetenceNeeds needs;

	private final Catalogue catalogue;

	private final Clock clock;

	NetworkDemoData(Demo demo, JdbcClient jdbc, Network network, FundingRules rules, Units units,
			Organisations organisations, CompetenceNeeds needs, Catalogue catalogue, Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.network = network;
		this.rules = rules;
		this.units = units;
		this.organisations = organisations;
		this.needs = needs;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 510;
	}

	@Override
	public String name() {
		return "network demo data";
	}

	@Override
	@Transactional
	public void run() {
		if (!demo.enabled()
				|| jdbc.sql("select count(*) from net_actor where demo = true").query(Long.class).single() > 0) {
			return;
		}
		LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		Actor cluster = actor("gront-kluster-norrbotten", "Grönt industrikluster Norrbotten (demo)", "CLUSTER", "2580",
				"https://example.org/gront-kluster", "kontakt@example.org",
				"Demo: nätverk för företag, kommuner, region och akademi kring fossilfri industri, vätgas och batterier "
						+ "i Norrbotten. Samordnar kompetensförsörjning och snabbemanning.");
		Actor green = actor(null, "Gröna näringar Norrbotten, kluster (demo)", "CLUSTER", "2582", null,
				"grona@example.org", "Demo: ett grönt kluster efter förebild av landets gröna kluster: en nod för "
						+ "institut och universitet, ett nav mellan näringsliv, akademi och offentlig sektor och en "
						+ "neutral mötesplats. Kortkurser som tar friställda in i gröna näringar.");
		Actor steel = actor("demo-stal-boden", "Bodens Stål och Mekaniska AB (demo)", "COMPANY", "2582", null, null,
				"Demo: verkstad och stålbearbetning i Boden som växer med den fossilfria stålindustrin.");
		Actor school = actor("larcentrum-boden", "Lärcentrum Boden (demo)", "EDUCATION", "2582", null,
				"larcentrum@example.org", "Demo: kommunal vuxenutbildning och snabbkurser efter arbetsgivarnas behov.");
		Actor jobs = actor("jobbcenter-boden", "Jobbcenter, Bodens kommun (demo)", "PUBLIC_BODY", "2582", null, null,
				"Demo: kommunens arbetsmarknadsinsatser, bland annat Växtzon oändlig.");
		Actor region = actor("region-norrbotten", "Region Norrbotten (demo)", "PUBLIC_BODY", "2580", null, null,
				"Demo: regional utveckling och kompetensförsörjning.");
		Actor university = actor(null, "Luleå tekniska universitet, uppdragsutbildning (demo)", "ACADEMIA", "2580",
				null, null, "Demo: uppdragsutbildning inom vätgas, batterier och processteknik.");
		Actor society = actor(null, "Växthusföreningen Boden (demo)", "CIVIL_SOCIETY", "2582", null, null,
				"Demo: ideell förening kring stadsodling och växthuset som värms med restvärme.");

		post(steel, "NEED", "12 processoperatörer inom åtta veckor (demo)",
				"Vi behöver en grupp som kan börja samtidigt, med en kort introduktion innan start.");
		post(steel, "OFFER", "Praktikplatser med handledare i verkstaden (demo)", "");
		post(school, "OFFER", "Snabbkurser på 1–3 veckor efter arbetsgivarens behov (demo)",
				"Truck, heta arbeten, arbetsmiljö och säkerhet, första hjälpen.");
		post(green, "OFFER", "Kortkurser för icke-lantbrukare inför nyanställning (demo)", "");
		post(cluster, "OFFER", "Neutral mötesplats och matchning mellan aktörer (demo)", "");
		post(region, "NEED", "Underlag om kompetensbehov till 2030 (demo)", "");
		post(university, "OFFER", "Uppdragsutbildning i vätgasteknik (demo)", "");
		post(society, "NEED", "Volontärer till odlingsträffar (demo)", "");

		project(jobs, "Växtzon oändlig (demo)", "ESF_PLUS", 18_000_000L, monday.minusYears(1), monday.plusYears(2),
				"Arbetsträning i ett växthus som värms av restvärme från ett datacenter.", List.of(society, green));
		project(region, "Kompetenslyft för fossilfri industri (demo)", "JTF", 45_000_000L, monday.minusMonths(6),
				monday.plusYears(3), "Kortkurser och validering för omställningen i Norrbotten.",
				List.of(cluster, university, school));
		project(cluster, "Grön innovationsarena Boden (demo)", "REGIONAL_FUND", 9_500_000L, monday.minusMonths(3),
				monday.plusYears(2), "Testbäddar och nätverk för små företag i gröna näringar.", List.of(steel, green));
		project(green, "Snabbemanning i gröna näringar (demo)", "VINNOVA", 2_400_000L, monday.minusMonths(9),
				monday.plusMonths(15), "Kortkurser som tar friställda människor in i gröna näringar.",
				List.of(school, jobs));

		event(cluster, "Nätverksträff: kompetens för den gröna omställningen (demo)", monday.plusWeeks(3),
				"Boden, Kulturhuset", 60);
		event(green, "Lunchwebbinarium: de gröna klustren och snabbemanning (demo)", monday.plusWeeks(5),
				"Webbinarium", 200);

		rules.save(null, "Arbetsgivarens andel i rekryteringsutbildning (demo)", "HEADCOUNT", "8", null,
				"En grupp som utbildas för en viss arbetsgivare kan finansieras delvis av arbetsgivaren. Förebild: "
						+ "Finlands rekryteringsutbildning (RekryKoulutus), där arbetsgivaren står för en del av "
						+ "kostnaden. En vägledning, inte juridisk rådgivning.",
				"TE-tjänster (Finland), RekryKoulutus; andelen är VERIFY", true);
		rules.save(null, "Studiestartsstöd (demo)", "AGE", "25", "56",
				"Den som är 25–56 år, har kort tidigare utbildning och har varit arbetslös en tid kan ha rätt till "
						+ "studiestartsstöd. Kontrollera med CSN. En vägledning, inte juridisk rådgivning.",
				"CSN, studiestartsstöd (lag 2017:527); VERIFY", true);
		rules.save(null, "Studiemedel, åldersgräns (demo)", "AGE", null, "60",
				"Studiemedel kan lämnas till och med det år man fyller 60. Kontrollera med CSN.",
				"CSN, studiemedel (studiestödslagen 1999:1395); VERIFY", true);
		rules.save(null, "Aktivitetsstöd vid arbetsmarknadsutbildning (demo)", "MONTHS_WITHOUT_WORK", "3", null,
				"En inskriven arbetssökande som anvisas till arbetsmarknadsutbildning kan få aktivitetsstöd. "
						+ "Kontrollera med Arbetsförmedlingen.",
				"Förordning (1996:1100) om aktivitetsstöd; VERIFY", true);
		rules.save(null, "Små och medelstora företag: stöd genom JTF (demo)", "EMPLOYER_EMPLOYEES", null, "249",
				"Små och medelstora företag i Norrbotten kan ingå i projekt som finansieras av Fonden för en "
						+ "rättvis omställning.",
				"Tillväxtverket, Fonden för en rättvis omställning; VERIFY", true);

		cohort("Grön snabbemanning, växthus Boden (demo)", "7696012348", "greenhouse-grower", "vreta-kortkurser-demo",
				monday.minusWeeks(30), 12, 11, 7);
		cohort("Processoperatörer, Luleå (demo)", "5590012349", "steel-process-operator", "yh-norrbotten-demo",
				monday.minusWeeks(26), 15, 13, 6);
		cohort("Industrisäkerhet, Boden (demo)", "5560160680", "metal-welder", "larcentrum-boden",
				monday.minusWeeks(22), 10, 9, 6);
	}

	private Actor actor(@Nullable String unitCode, String name, String kind, String municipality,
			@Nullable String website, @Nullable String email, String description) {
		Long unit = unitCode == null ? null : units.findByCode(unitCode).map(OrgUnit::id).orElse(null);
		return network.createActor(new ActorForm(name, kind, municipality, website, email, description), unit, true);
	}

	private void post(Actor actor, String direction, String title, String description) {
		jdbc.sql("insert into net_post (actor_id, direction, title, description, demo) values (?,?,?,?,true)")
			.params(actor.id(), direction, title, description).update();
	}

	private void project(Actor lead, String name, String funder, long budget, LocalDate start, LocalDate end,
			String description, List<Actor> partners) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_project (lead_actor_id, name, description, funder, budget_sek, start_date, end_date, "
				+ "demo) values (?,?,?,?,?,?,?,true)")
			.params(lead.id(), name, description, funder, budget, start, end).update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		partners.forEach(p -> jdbc.sql("insert into net_project_partner (project_id, actor_id) values (?,?)")
			.params(id, p.id()).update());
	}

	private void event(Actor organiser, String title, LocalDate day, String place, int seats) {
		jdbc.sql("insert into net_event (organiser_id, title, description, starts_at, place, seats, demo) "
				+ "values (?,?,?,?,?,?,true)")
			.params(organiser.id(), title, "Demo: anmäl dig i Kompetensnav.",
					java.sql.Timestamp.valueOf(day.atTime(12, 0)), place, seats)
			.update();
	}

	/** A finished demo cohort: all parts accepted, members by anonymous demo reference, outcomes recorded. */
	private void cohort(String title, String orgNumber, String templateKey, String providerCode, LocalDate start,
			int members, int completed, int employed) {
		Optional<Organisation> org = organisations.byOrgNumber(orgNumber);
		FunctionTemplate t = needs.templates().stream().filter(x -> x.key().equals(templateKey)).findFirst()
			.orElse(null);
		Course course = catalogue.shortCourses().stream()
			.filter(c -> catalogue.providers().stream()
				.anyMatch(p -> p.id() == c.providerId() && p.unitCode().equals(providerCode)))
			.findFirst().orElse(null);
		if (org.isEmpty() || t == null || course == null) {
			return;
		}
		List<String> must = t.skills().stream().filter(s -> s.importance() == Importance.MUST).map(s -> s.skillId())
			.toList();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_cohort (title, organisation_id, employer_unit_id, occupation_id, municipality_code, "
				+ "headcount, start_date, must_skills, gap_skills, demo) values (?,?,?,?,?,?,?,?,?,true)")
			.params(title, org.get().id(), org.get().unitId(), t.occupationId(), org.get().municipalityCode(), members,
					start, String.join(",", must), String.join(",", must))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		long providerUnit = catalogue.providers().stream().filter(p -> p.id() == course.providerId()).findFirst()
			.orElseThrow().unitId();
		part(id, "EMPLOYER", org.get().unitId(), null, null);
		part(id, "CONSULTANT", null, null, null);
		jdbc.sql("insert into net_cohort_part (cohort_id, party, unit_id, provider_id, course_id, course_title, "
				+ "course_start, course_end, seats, skills, status) values (?,?,?,?,?,?,?,?,?,?,?)")
			.params(id, "PROVIDER", providerUnit, course.providerId(), course.id(), course.title(),
					start.minusWeeks(course.weeks()), start.minusDays(3), members,
					String.join(",", course.skillIds()), "ACCEPTED")
			.update();
		for (int i = 1; i <= members; i++) {
			boolean done = i <= completed;
			jdbc.sql("insert into net_cohort_member (cohort_id, participant_id, reference, score, stage, progress, "
					+ "employed_90, demo) values (?,?,?,?,?,?,?,true)")
				.params(id, null, "DEMO-%d-%02d".formatted(id, i), 0.9 - i * 0.02, done ? "COMPLETED" : "DROPPED",
						done ? 100 : 40, done ? Boolean.valueOf(i <= employed) : null)
				.update();
		}
	}

	private void part(long cohortId, String party, @Nullable Long unit, @Nullable Long providerId,
			@Nullable Long courseId) {
		jdbc.sql("insert into net_cohort_part (cohort_id, party, unit_id, provider_id, course_id, status) "
				+ "values (?,?,?,?,?,'ACCEPTED')").params(cohortId, party, unit, providerId, courseId).update();
	}
}
