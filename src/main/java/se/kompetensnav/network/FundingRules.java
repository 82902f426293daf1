package se.kompetensnav.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;

/**
 * Funding and eligibility hints as editable rules, each shown with its source and never as legal advice. Admins,
 * unit managers and consultants add and change them.
 */
@Service
public class FundingRules {

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final Organisations organisations;

	FundingRules(JdbcClient jdbc, CurrentUsers users, Organisations organisations) {
		this.jdbc = jdbc;
		this.users = users;
		this.organisations = organisations;
	}

	public List<FundingRule> all() {
		return jdbc.sql("select * from net_funding_rule order by title, id").query(FundingRules::rule).list();
	}

	public FundingRule get(long id) {
		return jdbc.sql("select * from net_funding_rule where id = ?").param(id).query(FundingRules::rule).optional()
			.orElseThrow(() -> new NotFoundException("funding rule", id));
	}

	public boolean canEdit() {
		return users.current().map(u -> u.hasAny(Role.ADMIN, Role.UNIT_MANAGER, Role.CONSULTANT)).orElse(false);
	}

	/** The rules as they bear on a cohort: cohort rules evaluated, person rules listed to check per person. */
	public List<FundingHint> hints(Cohort cohort) {
		int weeks = cohort.courses().stream().filter(p -> p.courseStart() != null && p.courseEnd() != null)
			.mapToInt(p -> (int) Math.ceil((p.courseEnd().toEpochDay() - p.courseStart().toEpochDay()) / 7.0)).sum();
		int employees = organisations.find(cohort.organisationId()).map(o -> o.employees()).orElse(0);
		List<FundingHint> out = new ArrayList<>();
		for (FundingRule r : all()) {
			switch (r.fact()) {
				case HEADCOUNT -> out.add(new FundingHint(r, r.applies(cohort.headcount()), false));
				case COURSE_WEEKS -> out.add(new FundingHint(r, r.applies(weeks), false));
				case EMPLOYER_EMPLOYEES -> out.add(new FundingHint(r, r.applies(employees), false));
				case AGE, MONTHS_WITHOUT_WORK -> out.add(new FundingHint(r, false, true));
			}
		}
		return out;
	}

	/** Adds ({@code id} null) or changes a rule; a bad field stores nothing. */
	@Transactional
	public FundingRule save(@Nullable Long id, @Nullable String title, @Nullable String fact, @Nullable String min,
			@Nullable String max, @Nullable String hint, @Nullable String source, boolean demo) {
		if (!demo && !canEdit()) {
			throw new AccessDeniedException("funding rules");
		}
		Check c = new Check();
		String t = c.text("title", title, 200);
		FundingFact f = c.choice("fact", fact, FundingFact.class);
		Integer lo = min == null || min.isBlank() ? null : c.integer("min", min, 0, 1_000_000);
		Integer hi = max == null || max.isBlank() ? null : c.integer("max", max, 0, 1_000_000);
		if (lo != null && hi != null && hi < lo) {
			c.add("max", "network.error.maxBelowMin");
		}
		String h = c.text("hint", hint, 2000);
		String s = c.text("source", source, 500);
		c.done();
		String by = users.current().map(u -> u.username()).orElse(null);
		if (id == null) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("insert into net_funding_rule (scope, title, fact, min_value, max_value, hint, source, demo, "
					+ "updated_by) values (?,?,?,?,?,?,?,?,?)")
				.params(f.scope().name(), t, f.name(), lo, hi, h, s, demo, by).update(keys, "id");
			return get(keys.getKeyAs(Long.class));
		}
		get(id);
		jdbc.sql("update net_funding_rule set scope = ?, title = ?, fact = ?, min_value = ?, max_value = ?, hint = ?, "
				+ "source = ?, updated_by = ?, updated_at = current_timestamp where id = ?")
			.params(f.scope().name(), t, f.name(), lo, hi, h, s, by, id).update();
		return get(id);
	}

	static FundingRule rule(ResultSet rs, int n) throws SQLException {
		int lo = rs.getInt("min_value");
		Integer min = rs.wasNull() ? null : lo;
		int hi = rs.getInt("max_value");
		Integer max = rs.wasNull() ? null : hi;
		return new FundingRule(rs.getLong("id"), rs.getString("title"), FundingFact.valueOf(rs.getString("fact")), min,
				max, rs.getString("hint"), rs.getString("source"), rs.getBoolean("demo"), rs.getString("updated_by"));
	}
}
