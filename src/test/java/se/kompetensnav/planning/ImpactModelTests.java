package se.kompetensnav.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Each step of the impact chain on round numbers that can be checked by hand. */
class ImpactModelTests {

	/** Round figures: m = 0.5 / 1 / 2, shares 30/20/50 %, households of 2, 10 % of residents in each age band. */
	static ImpactParameters round() {
		return new ImpactParameters(0.5, 1.0, 2.0, 0.3, 0.2, 0.5, 2.0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.9, 15, 0.9,
				2.0, 400, 1000, 0.8);
	}

	@Test
	void totalJobsAreDirectJobsTimesOnePlusTheMultiplier() {
		assertThat(ImpactModel.totalJobs(1000, 1.3)).isEqualTo(2300, within(1e-9));
		assertThat(ImpactModel.totalJobs(1583, 0.5)).isEqualTo(2374.5, within(1e-9));
	}

	@Test
	void jobsAreSplitByTheSharesAndMoversBringTheirHouseholds() {
		// D = 1000, central m = 1: J = 2000; movers 50 % = 1000 jobs; residents = 1000 × 2 = 2000.
		YearImpact y = ImpactModel.run(List.of(new JobsYear(2026, 400, 600)), round(), Band.CENTRAL).getFirst();
		assertThat(y.directJobs()).isEqualTo(1000);
		assertThat(y.totalJobs()).isEqualTo(2000, within(1e-9));
		assertThat(y.localJobs()).isEqualTo(600, within(1e-9));
		assertThat(y.inCommuterJobs()).isEqualTo(400, within(1e-9));
		assertThat(y.moverJobs()).isEqualTo(1000, within(1e-9));
		assertThat(y.newResidents()).isEqualTo(2000, within(1e-9));
	}

	@Test
	void residentsGiveSchoolPlacesDwellingsAndCare() {
		YearImpact y = ImpactModel.run(List.of(new JobsYear(2026, 0, 1000)), round(), Band.CENTRAL).getFirst();
		// 2000 residents: 10 % aged 1-5 = 200, 90 % enrolled = 180 places, 15 per group = 12 groups.
		assertThat(y.preschoolPlaces()).isEqualTo(180, within(1e-9));
		assertThat(y.preschoolGroups()).isEqualTo(12, within(1e-9));
		assertThat(y.schoolF3()).isEqualTo(200, within(1e-9));
		assertThat(y.school46()).isEqualTo(200, within(1e-9));
		assertThat(y.school79()).isEqualTo(200, within(1e-9));
		assertThat(y.compulsorySchool()).isEqualTo(600, within(1e-9));
		assertThat(y.upperSecondary()).isEqualTo(180, within(1e-9));
		// 2000 residents / 2 per dwelling = 1000 dwellings; 400 doctors per 100,000 = 8; 1000 nurses = 20.
		assertThat(y.dwellings()).isEqualTo(1000, within(1e-9));
		assertThat(y.doctors()).isEqualTo(8, within(1e-9));
		assertThat(y.nurses()).isEqualTo(20, within(1e-9));
		// 2000 × 50 % aged 20-64 × 80 % employed = 800 working adults, fewer than the 1000 movers: no extra supply.
		assertThat(y.accompanyingLabourSupply()).isZero();
	}

	@Test
	void accompanyingAdultsAddLabourSupplyWhenHouseholdsAreLarge() {
		ImpactParameters big = new ImpactParameters(0, 0, 0, 0, 0, 1, 3.0, 0, 0, 0, 0, 0, 0.6, 0.9, 15, 0.9, 2, 0,
				0, 0.8);
		// 100 movers × 3 = 300 residents × 0.6 × 0.8 = 144 working adults − 100 movers = 44.
		YearImpact y = ImpactModel.run(List.of(new JobsYear(2030, 0, 100)), big, Band.LOW).getFirst();
		assertThat(y.accompanyingLabourSupply()).isEqualTo(44, within(1e-9));
	}

	@Test
	void newDwellingsAreTheYearlyIncreaseAndTheRampUpIsSortedByYear() {
		List<YearImpact> years = ImpactModel.run(List.of(new JobsYear(2027, 0, 300), new JobsYear(2026, 0, 100),
				new JobsYear(2028, 0, 200)), round(), Band.LOW);
		// m = 0.5: J = 150 / 450 / 300; movers 50 %: 75 / 225 / 150; residents ×2: 150 / 450 / 300;
		// dwellings /2: 75 / 225 / 150; new: 75, 150, 0 (a fall builds nothing).
		assertThat(years).extracting(YearImpact::year).containsExactly(2026, 2027, 2028);
		assertThat(years).extracting(YearImpact::dwellings).containsExactly(75.0, 225.0, 150.0);
		assertThat(years).extracting(YearImpact::newDwellings).containsExactly(75.0, 150.0, 0.0);
	}

	@Test
	void parametersRoundTripThroughTheirLibraryKeys() {
		Map<String, Double> keys = round().byKey();
		assertThat(keys).containsEntry("planning" + ".share_movers", 0.5).hasSize(ImpactParameters.NAMES.size());
		assertThat(ImpactParameters.fromKeys(keys)).isEqualTo(round());
	}

	@Test
	void negativeJobsAndSharesOverOneHundredPercentAreRefusedAtTheirFields() {
		assertThat(ImpactValidation.rampUp(List.of(new JobsYear(2026, -1, 10))))
			.extracting(e -> e.field()).containsExactly("construction[0]");
		ImpactParameters p = new ImpactParameters(0.5, 1.0, 2.0, 0.3, 0.2, 1.2, 2.0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5,
				0.9, 15, 0.9, 2.0, 400, 1000, 0.8);
		assertThat(ImpactValidation.parameters(p)).extracting(e -> e.field()).containsExactly("shareMovers");
		ImpactParameters unordered = new ImpactParameters(1.5, 1.0, 2.0, 0.3, 0.2, 0.5, 2.0, 0.1, 0.1, 0.1, 0.1,
				0.1, 0.5, 0.9, 15, 0.9, 2.0, 400, 1000, 0.8);
		assertThat(ImpactValidation.parameters(unordered)).extracting(e -> e.field())
			.containsExactly("multiplierCentral");
		assertThat(ImpactValidation.parameters(round())).isEmpty();
	}

	@Property
	void bandsAreOrdered(@ForAll @DoubleRange(min = 0, max = 5000) double direct,
			@ForAll @DoubleRange(min = 0, max = 1) double low, @ForAll @DoubleRange(min = 0, max = 1) double step1,
			@ForAll @DoubleRange(min = 0, max = 2) double step2,
			@ForAll @DoubleRange(min = 0, max = 1) double movers) {
		ImpactParameters p = new ImpactParameters(low, low + step1, low + step1 + step2, (1 - movers) / 2,
				(1 - movers) / 2, movers, 2.2, 0.055, 0.047, 0.036, 0.036, 0.034, 0.56, 0.86, 15, 0.91, 2.2, 430,
				1070, 0.8);
		List<JobsYear> ramp = List.of(new JobsYear(2026, direct / 2, direct / 3), new JobsYear(2027, 0, direct));
		Map<Band, List<YearImpact>> all = ImpactModel.runAll(ramp, p);
		for (int i = 0; i < ramp.size(); i++) {
			YearImpact lo = all.get(Band.LOW).get(i);
			YearImpact mid = all.get(Band.CENTRAL).get(i);
			YearImpact hi = all.get(Band.HIGH).get(i);
			assertThat(lo.totalJobs()).isLessThanOrEqualTo(mid.totalJobs());
			assertThat(mid.totalJobs()).isLessThanOrEqualTo(hi.totalJobs());
			assertThat(lo.newResidents()).isLessThanOrEqualTo(mid.newResidents());
			assertThat(mid.newResidents()).isLessThanOrEqualTo(hi.newResidents());
			assertThat(lo.dwellings()).isLessThanOrEqualTo(mid.dwellings());
			assertThat(mid.dwellings()).isLessThanOrEqualTo(hi.dwellings());
			assertThat(lo.compulsorySchool()).isLessThanOrEqualTo(mid.compulsorySchool());
			assertThat(mid.compulsorySchool()).isLessThanOrEqualTo(hi.compulsorySchool());
		}
	}
}
