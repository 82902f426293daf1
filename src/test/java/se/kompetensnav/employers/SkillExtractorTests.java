package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.kompetensnav.taxonomy.ConceptType;

class SkillExtractorTests {

	private final SkillExtractor extractor = SkillExtractor.shared();

	private SkillSuggestion only(String text, String conceptId) {
		List<SkillSuggestion> found = extractor.extract(text).stream().filter(s -> s.conceptId().equals(conceptId))
			.toList();
		assertThat(found).as("%s in '%s' (found %s)", conceptId, text, extractor.extract(text)).hasSize(1);
		return found.get(0);
	}

	@Test
	void offsetsPointAtTheMentionAsWritten() {
		String text = "Vi söker dig som kan Hydrauliken och pneumatik.";
		SkillSuggestion s = only(text, "73Pw_nip_4EW");
		assertThat(text.substring(s.start(), s.end())).isEqualTo("Hydrauliken");
		assertThat(s.surface()).isEqualTo("Hydrauliken");
		assertThat(s.label()).isEqualTo("Hydraulik");
	}

	@Test
	void theLongestFormWins() {
		// "Kvalitetskontroll" is a concept of its own; the longer label is the better match.
		SkillSuggestion s = only("Erfarenhet av kvalitetskontroll inom industriell tillverkning krävs.", "dWbY_gXC_Frx");
		assertThat(s.surface()).isEqualTo("kvalitetskontroll inom industriell tillverkning");
		assertThat(extractor.extract("Erfarenhet av kvalitetskontroll inom industriell tillverkning krävs."))
			.hasSize(1);
	}

	@Test
	void negationAndOptionalityAreRead() {
		assertThat(only("Inget krav på körkort.", "VTK8_WRx_GcM").status()).isEqualTo(MentionStatus.NEGATED);
		assertThat(only("B-körkort är ett krav.", "VTK8_WRx_GcM").status()).isEqualTo(MentionStatus.REQUIRED);
		assertThat(only("Robotsvetsning är meriterande.", "BMYx_57E_ESj").status()).isEqualTo(MentionStatus.OPTIONAL);
		assertThat(only("Engelska är ett plus.", "NVxJ_hLg_TYS").status()).isEqualTo(MentionStatus.OPTIONAL);
		assertThat(only("Truckvana är meriterande men inget krav.", "pGts_PKK_c8W").status())
			.isEqualTo(MentionStatus.OPTIONAL);
		String both = "Svenska är ett krav och engelska är ett plus.";
		assertThat(only(both, "zSLA_vw2_FXN").status()).isEqualTo(MentionStatus.REQUIRED);
		assertThat(only(both, "NVxJ_hLg_TYS").status()).isEqualTo(MentionStatus.OPTIONAL);
	}

	@Test
	void acronymsMatchOnlyInCapitals() {
		assertThat(only("Du programmerar PLC.", "Uytu_hWi_5nh").status()).isEqualTo(MentionStatus.REQUIRED);
		assertThat(extractor.extract("Du kan plc.")).noneMatch(s -> s.conceptId().equals("Uytu_hWi_5nh"));
		// "PLC-programmering" is one word: one mention, not PLC plus "programmering".
		assertThat(extractor.extract("Erfarenhet av PLC-programmering krävs.")).hasSize(1);
	}

	@Test
	void slashLabelsAndCommaLabelsAreFoundAsSwedishWritesThem() {
		assertThat(only("Du svetsar MIG/MAG-svetsning.", "Q1D1_Pdc_rnT").surface()).contains("MAG-svetsning");
		assertThat(only("Svarvning i CNC är ett krav.", "d2yX_cZM_fSy").status()).isEqualTo(MentionStatus.REQUIRED);
		assertThat(only("Du har arbetat med härdning av stål.", "uoyo_7gt_3CV").surface())
			.isEqualTo("härdning av stål");
		assertThat(only("Du har certifikat för heta arbeten.", "Q7eC_B7g_QiU").type()).isEqualTo(ConceptType.SKILL);
	}

	@Test
	void aCompoundWordIsFoundByItsHead() {
		// "Högspänningsteknik" is a label; "kraftverkshögspänningsteknik" is not, but ends in it.
		SkillSuggestion s = only("Du kan kraftverkshögspänningsteknik.", "PXAk_ZUW_Zer");
		assertThat(s.compound()).isTrue();
	}

	@Test
	void whatTheEmployerOffersIsNoRequirement() {
		assertThat(extractor.extract("Vi erbjuder kollektivavtal och utbildning i hydraulik.")).isEmpty();
	}

	@Test
	void theDictionaryHoldsEveryKindOfConcept() {
		SkillDictionary d = SkillDictionary.shared();
		assertThat(d.size()).isGreaterThan(10_000);
		assertThat(d.lookup("Industrielektriker").type()).isEqualTo(ConceptType.OCCUPATION_NAME);
		assertThat(d.lookup("svenska").type()).isEqualTo(ConceptType.LANGUAGE);
		assertThat(d.lookup("CE-körkort").type()).isEqualTo(ConceptType.DRIVING_LICENCE);
	}
}
