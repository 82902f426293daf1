package se.kompetensnav.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The back-cast in docs/planning.md: the model on the shipped defaults for Northvolt Ett in Skellefteå, against the
 * population change SCB recorded. These assertions keep the figures in the documentation true to the model.
 */
class BackcastTests {

	static ImpactParameters shippedDefaults() throws IOException {
		Map<String, Double> values = new HashMap<>();
		try (Reader in = new InputStreamReader(
				BackcastTests.class.getResourceAsStream("/parameters/planning.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				values.put(r.get("key"), Double.parseDouble(r.get("value")));
			}
		}
		return ImpactParameters.fromKeys(values);
	}

	@Test
	void shippedDefaultsAreValid() throws IOException {
		assertThat(ImpactValidation.parameters(shippedDefaults())).isEmpty();
	}

	@Test
	void northvoltSkellefteaLandsWithinTheBandsButTheCentralBandOvershoots() throws IOException {
		// About 3,000 direct jobs at the end of 2023 (reported order of magnitude).
		List<JobsYear> ramp = List.of(new JobsYear(2023, 0, 3000));
		Map<Band, List<YearImpact>> r = ImpactModel.runAll(ramp, shippedDefaults());
		double observed = 76_542 - 72_589; // SCB population 2023 minus 2019 = 3,953
		double low = r.get(Band.LOW).getFirst().newResidents();
		double central = r.get(Band.CENTRAL).getFirst().newResidents();
		double high = r.get(Band.HIGH).getFirst().newResidents();
		assertThat(low).isEqualTo(4950, within(0.5));
		assertThat(central).isEqualTo(7590, within(0.5));
		assertThat(high).isEqualTo(9900, within(0.5));
		assertThat(low / observed).isBetween(1.2, 1.3);
		assertThat(central / observed).isBetween(1.9, 2.0);
		assertThat(r.get(Band.CENTRAL).getFirst().dwellings()).isEqualTo(3450, within(0.5));
	}

	@Test
	void stegraBodenDirectJobsGiveTheDocumentedCentralFigures() throws IOException {
		YearImpact y = ImpactModel.run(List.of(new JobsYear(2030, 0, 1583)), shippedDefaults(), Band.CENTRAL)
			.getFirst();
		assertThat(y.totalJobs()).isEqualTo(3640.9, within(0.05));
		assertThat(y.inCommuterJobs()).isEqualTo(764.6, within(0.05));
		assertThat(y.newResidents()).isEqualTo(4004.99, within(0.05));
		assertThat(y.dwellings()).isEqualTo(1820.45, within(0.05));
	}
}
