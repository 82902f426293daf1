package se.kompetensnav.employers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;

/** Fixtures for the employers integration tests: real logins, a second employer with its own contact. */
final class EmployersTestSupport {

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private EmployersTestSupport() {
	}

	/** Signs in through the login form and returns the session. */
	static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andReturn().getRequest().getSession();
	}

	/** A valid, unused organisation number (random nine digits and their check digit). */
	static String freshOrgNumber() {
		String nine = String.format("559%06d", (SEQ.incrementAndGet() * 7919L + System.nanoTime()) % 1_000_000);
		return nine + OrgNumber.luhnCheckDigit(nine);
	}

	/** Another employer with its own EMPLOYER unit and a contact user (password demo); returns the username. */
	static String otherEmployer(Organisations organisations, Units units, JdbcClient jdbc, String label) {
		int n = SEQ.incrementAndGet();
		String code = "test-employer-" + label + "-" + n;
		String orgNumber = freshOrgNumber();
		OrgUnit unit = units.create(null, code, UnitType.EMPLOYER, "Test " + label + " " + n + " AB", "2580",
				orgNumber, false);
		organisations.createUnchecked(new OrganisationForm("Test " + label + " " + n + " AB", orgNumber, "25620", 12,
				20.0, "2580", true), code, false);
		String username = "emp-" + label + "-" + n;
		jdbc.sql("insert into app_user (username, password_hash, display_name, unit_id) "
				+ "select ?, password_hash, ?, ? from app_user where username = 'arbetsgivare'")
			.params(username, "Test " + username, unit.id()).update();
		long userId = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class)
			.single();
		jdbc.sql("insert into app_user_role (user_id, role) values (?, 'EMPLOYER')").param(userId).update();
		return username;
	}

	/** An employer contact (password demo) whose EMPLOYER unit has no organisation yet; returns the username. */
	static String employerWithoutOrganisation(Units units, JdbcClient jdbc, String label) {
		int n = SEQ.incrementAndGet();
		String code = "test-unregistered-" + label + "-" + n;
		OrgUnit unit = units.create(null, code, UnitType.EMPLOYER, "Oregistrerad " + label + " " + n, "2582", null,
				false);
		String username = "unreg-" + label + "-" + n;
		jdbc.sql("insert into app_user (username, password_hash, display_name, unit_id) "
				+ "select ?, password_hash, ?, ? from app_user where username = 'arbetsgivare'")
			.params(username, "Test " + username, unit.id()).update();
		long userId = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class)
			.single();
		jdbc.sql("insert into app_user_role (user_id, role) values (?, 'EMPLOYER')").param(userId).update();
		return username;
	}
}
