package se.kompetensnav.places.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;
import se.kompetensnav.places.Assessment;
import se.kompetensnav.places.Framework;
import se.kompetensnav.places.PlaceAssessments;
import se.kompetensnav.places.PlaceIndicators;
import se.kompetensnav.places.PlaceProfiles;
import se.kompetensnav.places.core.ComparisonGroup;

/**
 * Demo: Boden and Borlänge each with an assessment answered by municipality and industry respondents, their
 * profiles for attraction, and demo values of the housing indicator. Fixed seed; everything labelled demo.
 */
@Component
class PlacesDemo implements StartupTask {

	static final String BODEN = "2582";

	static final String BORLANGE = "2081";

	private final Demo demo;

	private final JdbcClient jdbc;

	private final Units units;

	private final PlaceAssessments assessments;

	private final PlaceProfiles profiles;

	private final PlaceIndicators indicators;

	private final Framework framework;

	PlacesDemo(Demo demo, JdbcClient jdbc, Units units, PlaceAssessments assessments, PlaceProfiles profiles,
			PlaceIndicators indicators, Framework framework) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.units = units;
		this.assessments = assessments;
		this.profiles = profiles;
		this.indicators = indicators;
		this.framework = framework;
	}

	@Override
	public int order() {
		return 520;
	}

	@Override
	public String name() {
		return "places demo";
	}

	@Override
	@Transactional
	public void run() {
		if (!demo.enabled() || jdbc.sql("select count(*) from place_assessment where demo = true").query(Long.class)
			.single() > 0) {
			return;
		}
		Random random = new Random(2582);
		Long bodenUnit = units.findByCode("jobbcenter-boden").map(OrgUnit::id).orElse(null);
		OrgUnit borlange = units.findByCode("borlange").orElseGet(() -> units.create(null, "borlange",
				UnitType.MUNICIPALITY, "Borlänge kommun (demo)", BORLANGE, null, true));
		profiles.save(new PlaceProfiles.Profile(BODEN, "Boden", """
				Familjer och yrkesfolk som vill ha nära till både natur och jobb: garnisonsstad och knutpunkt vid \
				Luleälven, 35 minuter från Luleå, med fossilfritt stål och datacenter som nya arbetsgivare.""",
				new LinkedHashSet<>(List.of("forest", "town")),
				"Stålindustri (fossilfritt stål), datacenter, Försvarsmakten, växthusodling med spillvärme.",
				"Föreningsliv, idrott, Havremagasinet länskonsthall.",
				"Hyresrätter hos allmännyttan, villor i tätort och byar; nyproduktion pågår.", bodenUnit, true, true));
		profiles.save(new PlaceProfiles.Profile(BORLANGE, "Borlänge", """
				Den som vill bo i en bruksstad med stadens utbud och Dalarnas natur runt knuten.""",
				new LinkedHashSet<>(List.of("forest", "city")), "Stål- och pappersindustri, logistik, Trafikverket.",
				"Peace & Love-arvet, Jussi Björlingmuseet, Kupolen.", "Blandat bestånd, relativt låga priser.",
				borlange.id(), true, true));
		assess(BODEN, "Boden 2026 (demo)", random, Map.of("housing", -1.6, "transport", -0.8, "nature", 1.5,
				"safety", 0.8, "work", 0.6), Map.of("housing", -1.4, "schools", -0.6));
		assess(BORLANGE, "Borlänge 2026 (demo)", random, Map.of("image", -1.2, "safety", -0.9, "housing", 0.7,
				"culture", 0.6), Map.of("work", -0.8, "image", -0.5));
		List<PlaceIndicators.Value> values = new ArrayList<>();
		for (String code : List.of("2582", "2580", "2581", "2584", "2523", "2081", "2080", "2085", "2062", "2180")) {
			values.add(new PlaceIndicators.Value(code, "housing.newbuilt", 2024,
					Math.round((1 + random.nextDouble() * 6) * 10) / 10.0, "demo values, not real figures"));
		}
		indicators.store(values);
	}

	/**
	 * Four respondents per side. Answers centre on 4.5 plus the dimension's offset; the industry side adds its
	 * own offsets (negative: the industry sees it as worse).
	 */
	private void assess(String code, String title, Random random, Map<String, Double> offsets,
			Map<String, Double> industryOffsets) {
		Assessment a = assessments.create(new PlaceAssessments.NewAssessment(code, null, title,
				ComparisonGroup.Basis.POPULATION, Set.of()), true);
		String[][] people = { { "MUNICIPALITY", "Kommunledningen" }, { "MUNICIPALITY", "Samhällsbyggnad" },
				{ "MUNICIPALITY", "Utbildningsförvaltningen" }, { "MUNICIPALITY", "Näringslivskontoret" },
				{ "INDUSTRY", "Stålverket (demo)" }, { "INDUSTRY", "Verkstadsföretaget (demo)" },
				{ "INDUSTRY", "Energibolaget (demo)" }, { "INDUSTRY", "Rekryteringsföretaget (demo)" } };
		int n = 1;
		for (String[] p : people) {
			var r = assessments.addRespondent(a.id(), "Respondent " + n++ + " (demo)", p[0], p[1]);
			Map<String, String> scores = new HashMap<>();
			Map<String, String> comments = new HashMap<>();
			for (Framework.Dimension d : framework.dimensions()) {
				double centre = 4.5 + offsets.getOrDefault(d.key(), 0.0)
						+ ("INDUSTRY".equals(p[0]) ? industryOffsets.getOrDefault(d.key(), 0.0) : 0.0);
				for (Framework.Question q : d.questions()) {
					long score = Math.round(centre + random.nextGaussian() * 0.8);
					scores.put(q.key(), String.valueOf(Math.max(1, Math.min(7, score))));
				}
			}
			comments.put("housing.available", "INDUSTRY".equals(p[0])
					? "Nyanställda hittar inga lägenheter och tackar nej." : "Nyproduktion är på gång.");
			assessments.answer(r.token(), scores, comments, true);
		}
	}
}
