package se.kompetensnav.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/**
 * The forms that moved onto the shared field fragments (identity's user and unit forms, education's course form,
 * people's participant forms) render, through HTTP, a label for each field, maxlength and required where the rules
 * have them (with aria-required and the star the note explains), and aria-describedby naming the hint and the error
 * that stand on the page. Fields called without options render as before: none of those attributes.
 */
@IntegrationTest
class FormFieldsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theUserFormNamesHelpAndErrorAndMarksTheRequiredFields() throws Exception {
		MockHttpSession admin = login("admin");
		String page = mvc.perform(post("/admin/users").session(admin).with(csrf()).param("username", "")
			.param("displayName", "").param("email", "not-an-address").param("password", "x"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Field username = field(page, "username");
		assertThat(username.labelled()).isTrue();
		assertThat(username.tag()).contains("maxlength=\"80\"", "aria-required=\"true\"", "autocomplete=\"off\"",
				"aria-invalid=\"true\"");
		assertThat(username.required()).isTrue();
		assertThat(username.describedBy()).isEqualTo("username-hint username-error");
		assertThat(page).contains("id=\"username-hint\"", "id=\"username-error\"");
		assertThat(field(page, "displayName").tag()).contains("maxlength=\"200\"", "aria-required=\"true\"");
		assertThat(field(page, "displayName").describedBy()).isEqualTo("displayName-error");
		Field email = field(page, "email");
		assertThat(email.tag()).contains("type=\"email\"", "maxlength=\"200\"").doesNotContain("aria-required");
		assertThat(email.required()).isFalse();
		Field password = field(page, "password");
		assertThat(password.tag()).contains("type=\"password\"", "autocomplete=\"new-password\"")
			.doesNotContainPattern("value=\"[^\"]");
		assertThat(password.required()).isTrue();
		assertThat(page).contains("Fält markerade med * måste fyllas i.");
		assertThat(username.label()).contains("<span class=\"text-danger\" aria-hidden=\"true\"> *</span>");
		// The unit select lists the tree, indented, and the roles keep their boxes.
		assertThat(field(page, "unitId").labelled()).isTrue();
		assertThat(page).containsPattern("<option value=\"\\d+\">— Bodens kommun</option>")
			.contains("id=\"role-CONSULTANT\"", "for=\"role-CONSULTANT\"");

		// Without an error the hint alone describes the field.
		String empty = mvc.perform(get("/admin/users/new").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(field(empty, "username").describedBy()).isEqualTo("username-hint");
		assertThat(field(empty, "displayName").describedBy()).isNull();
	}

	@Test
	void theUnitFormKeepsItsLimitsAndHints() throws Exception {
		MockHttpSession admin = login("admin");
		String page = mvc.perform(post("/admin/units").session(admin).with(csrf()).param("code", "Bad Code!")
			.param("name", "").param("type", "UNIT").param("municipalityCode", "25").param("orgNumber", "556016-0681"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(field(page, "code").describedBy()).isEqualTo("code-hint code-error");
		assertThat(field(page, "code").tag()).contains("maxlength=\"80\"", "aria-required=\"true\"");
		assertThat(field(page, "name").describedBy()).isEqualTo("name-error");
		assertThat(field(page, "name").required()).isTrue();
		Field kommun = field(page, "municipalityCode");
		assertThat(kommun.tag()).contains("maxlength=\"4\"", "inputmode=\"numeric\"");
		assertThat(kommun.describedBy()).isEqualTo("municipalityCode-hint municipalityCode-error");
		assertThat(field(page, "orgNumber").tag()).contains("maxlength=\"13\"");
		assertThat(field(page, "orgNumber").describedBy()).isEqualTo("orgNumber-hint orgNumber-error");
		assertThat(field(page, "type").labelled()).isTrue();
		assertThat(field(page, "parentId").labelled()).isTrue();
		assertThat(page).containsPattern("<option value=\"\\d+\">— — Jobbcenter, Bodens kommun</option>");
		assertThat(page).contains("id=\"municipalityCode-hint\"", "id=\"orgNumber-error\"");
	}

	@Test
	void theCourseFormNamesHelpAndErrorAndMarksTheRequiredFields() throws Exception {
		MockHttpSession utbildare = login("utbildare");
		String page = mvc.perform(post("/utbildningar/mina/ny").session(utbildare).with(csrf()).param("ref", "")
			.param("title", "").param("weeks", "4").param("hours", "40").param("pace", "100").param("mode", "ON_SITE")
			.param("municipality", "2582").param("language", "svenska").param("skills", "Q7eC_B7g_QiU"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Field ref = field(page, "ref");
		assertThat(ref.labelled()).isTrue();
		assertThat(ref.tag()).contains("maxlength=\"60\"", "aria-required=\"true\"", "aria-invalid=\"true\"");
		assertThat(ref.required()).isTrue();
		assertThat(ref.describedBy()).isEqualTo("ref-hint ref-error");
		assertThat(field(page, "title").tag()).contains("maxlength=\"300\"");
		assertThat(field(page, "title").describedBy()).isEqualTo("title-error");
		Field language = field(page, "language");
		assertThat(language.tag()).contains("maxlength=\"2\"", "value=\"svenska\"");
		assertThat(language.describedBy()).isEqualTo("language-hint language-error");
		assertThat(page).contains("id=\"language-hint\"", "id=\"language-error\"", "id=\"ref-error\"");
		assertThat(field(page, "sunLevel").describedBy()).isEqualTo("sunLevel-hint");
		assertThat(field(page, "sunLevel").required()).isFalse();
		assertThat(field(page, "description").tag()).startsWith("<textarea").contains("maxlength=\"4000\"");
		assertThat(field(page, "weeks").tag()).contains("type=\"number\"", "value=\"4\"", "aria-required=\"true\"");
		Field municipality = field(page, "municipality");
		assertThat(municipality.tag()).startsWith("<select").contains("aria-required=\"true\"");
		assertThat(page).containsPattern("<option value=\"2582\" selected=\"selected\">Boden</option>");
		assertThat(field(page, "mode").required()).isTrue();
		assertThat(field(page, "shortCourse").describedBy()).isEqualTo("shortCourse-hint");
		assertThat(field(page, "shortCourse").labelled()).isTrue();
		// The chosen skill keeps its chip, named by its taxonomy label.
		assertThat(page).containsPattern("<span>Certifikat, heta arbeten</span>")
			.contains("<input type=\"hidden\" name=\"skills\" value=\"Q7eC_B7g_QiU\">");
	}

	@Test
	void theParticipantFormsMarkTheIdentityFieldsAndTellWhatAnEmptyPersonnummerKeeps() throws Exception {
		MockHttpSession konsulent = login("konsulent");
		long programme = jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'")
			.query(Long.class).single();
		String page = mvc.perform(post("/people/participants").session(konsulent).with(csrf())
			.param("programmeId", String.valueOf(programme)).param("givenName", "").param("familyName", "x".repeat(101))
			.param("personnummer", "19121212-1213").param("birthDate", "1990-04-01").param("gender", "WOMAN")
			.param("labourMarketStatus", "INACTIVE").param("incomeSource", "NONE").param("disability", "BOGUS"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// A sensitive field's error stands at the field (its key is a variable: errors.get(f), not errors[f]).
		assertThat(field(page, "disability").describedBy()).isEqualTo("disability-error");
		assertThat(page).contains("id=\"disability-error\"");
		Field given = field(page, "givenName");
		assertThat(given.labelled()).isTrue();
		assertThat(given.tag()).contains("maxlength=\"100\"", "aria-required=\"true\"");
		assertThat(given.required()).isTrue();
		assertThat(given.describedBy()).isEqualTo("givenName-error");
		assertThat(field(page, "personnummer").tag()).contains("maxlength=\"13\"");
		assertThat(field(page, "personnummer").describedBy()).isEqualTo("personnummer-error");
		assertThat(field(page, "gender").required()).isTrue();
		assertThat(field(page, "programmeId").required()).isTrue();
		assertThat(field(page, "programmeId").labelled()).isTrue();
		assertThat(page).contains("<option value=\"" + programme + "\" selected=\"selected\">Växtzon oändlig (demo)</option>");
		// A field called without options renders as before.
		Field birth = field(page, "birthDate");
		assertThat(birth.tag()).doesNotContain("maxlength", "required", "aria-describedby");
		assertThat(birth.label()).doesNotContain("*");

		String family = "Fält-" + UUID.randomUUID().toString().substring(0, 8);
		String created = mvc.perform(post("/api/participants").session(konsulent).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"programmeId": %d, "givenName": "Test", "familyName": "%s", "personnummer": "19900401-0006",
					 "birthDate": "1990-04-01", "gender": "WOMAN", "municipalityCode": "2582",
					 "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2023-01-01", "incomeSource": "NONE"}"""
				.formatted(programme, family)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		String edit = mvc.perform(get("/people/participants/" + id + "/edit").session(konsulent))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Field pnr = field(edit, "personnummer");
		assertThat(pnr.describedBy()).isEqualTo("personnummer-hint");
		assertThat(edit).containsPattern("id=\"personnummer-hint\"[^>]*>Lämna tomt för att behålla [^<]+</div>");
		assertThat(field(edit, "familyName").required()).isTrue();
		assertThat(field(edit, "municipalityCode").tag()).contains("maxlength=\"4\"", "inputmode=\"numeric\"");
	}

	/** A form control as rendered: its start tag and its label element. */
	record Field(String tag, String label) {

		boolean labelled() {
			return !label.isEmpty();
		}

		boolean required() {
			return Pattern.compile("\\srequired(=\"required\")?[\\s>]").matcher(tag).find();
		}

		String describedBy() {
			Matcher m = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(tag);
			return m.find() ? m.group(1) : null;
		}
	}

	static Field field(String page, String id) {
		Matcher tag = Pattern.compile("<(input|select|textarea)\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
			.matcher(page);
		assertThat(tag.find()).as("a control with id %s", id).isTrue();
		Matcher label = Pattern.compile("<label\\b[^>]*\\sfor=\"" + Pattern.quote(id) + "\"[^>]*>.*?</label>",
				Pattern.DOTALL).matcher(page);
		return new Field(tag.group(), label.find() ? label.group() : "");
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andExpect(status().isFound()).andReturn().getRequest().getSession(false);
	}
}
