package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

@IntegrationTest
class DemandIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegionalDemand demand;

	@Test
	void theDemandIsRankedByHorizonAndAreaAndAddsUpTheFunctions() {
		List<RegionalDemand.DemandLine> boden = demand.ranked("2582", 5, false);
		assertThat(boden).isNotEmpty();
		assertThat(boden).allMatch(l -> !l.employers().isEmpty());
		for (int i = 1; i < boden.size(); i++) {
			assertThat(boden.get(i - 1).at(5)).isGreaterThanOrEqualTo(boden.get(i).at(5));
		}
		// The county contains its municipalities.
		List<RegionalDemand.DemandLine> county = demand.ranked("25", 5, false);
		int bodenTotal = boden.stream().mapToInt(l -> l.at(5)).sum();
		int countyTotal = county.stream().mapToInt(l -> l.at(5)).sum();
		assertThat(countyTotal).isGreaterThan(bodenTotal);
		assertThat(demand.rows()).anyMatch(r -> r.municipalityCode().equals("2582") && r.horizonYears() == 3);
	}

	@Test
	void anAnalystGetsThePageTheSpreadsheetAndThePdf() throws Exception {
		MockHttpSession analyst = EmployersTestSupport.login(mvc, "analytiker");
		mvc.perform(get("/employers/demand").param("area", "25").param("horizon", "3").session(analyst))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Svetsare")))
			.andExpect(content().string(containsString("demand-chart")));
		byte[] xlsx = mvc.perform(get("/employers/demand/export.xlsx").param("area", "25").session(analyst))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.size()).isGreaterThan(1);
			assertThat(rows.stream().map(r -> r.getCellText(0)).toList()).contains("Svetsare");
		}
		byte[] pdf = mvc.perform(get("/employers/demand/export.pdf").param("area", "25").session(analyst))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

		MockHttpSession employer = EmployersTestSupport.login(mvc, "arbetsgivare");
		mvc.perform(get("/employers/demand").session(employer)).andExpect(status().isForbidden());
	}
}
