package se.kompetensnav.places;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * Municipality profiles for attraction: who the place suits, the kind of life, industry and culture, housing,
 * and which unit receives newcomers' inquiries. Published profiles are public.
 */
@Service
public class PlaceProfiles {

	/** Kinds of life a place offers; newcomers state the same kinds as wishes. */
	public static final List<String> LIFE_TAGS = List.of("coast", "forest", "mountain", "city", "town", "village");

	public record Profile(String municipalityCode, String municipalityName, @Nullable String suits,
			Set<String> lifeTags, @Nullable String industry, @Nullable String culture, @Nullable String housing,
			@Nullable Long receptionUnitId, boolean published, boolean demo) {
	}

	private final JdbcClient jdbc;

	private final PlaceIndicators indicators;

	private final Clock clock;

	private final Opportunities opportunities;

	private final Taxonomy taxonomy;

	private final CurrentUsers users;

	PlaceProfiles(JdbcClient jdbc, PlaceIndicators indicators, Clock clock, Opportunities opportunities,
			Taxonomy taxonomy, CurrentUsers users) {
		this.users = users;
		this.opportunities = opportunities;
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.clock = clock;
	}

	public Optional<Profile> find(String code) {
		return jdbc.sql("""
				select municipality_code, suits, life_tags, industry, culture, housing, reception_unit_id, published, demo
				from place_profile where municipality_code = ?""").param(code).query((rs, n) -> {
			long unit = rs.getLong(7);
			return new Profile(rs.getString(1), indicators.municipalityName(rs.getString(1)).orElse(rs.getString(1)),
					rs.getString(2), tags(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.wasNull() ? null : unit, rs.getBoolean(8), rs.getBoolean(9));
		}).optional();
	}

	/** An open job, internship or apprenticeship in the municipality, as the public profile shows it. */
	public record OpenJob(String title, String employer, String kind, String occupation, int positions) {
	}

	/** Open opportunities in the municipality (public: job ads are public information). */
	public List<OpenJob> openJobs(String code) {
		return opportunities.allOpen().stream().filter(o -> o.municipalityCode().equals(code))
			.map(o -> new OpenJob(o.title(), o.employerName(), o.kind().name(),
					taxonomy.concept(o.occupationId()).map(Concept::label).orElse(""), o.positions()))
			.toList();
	}

	/**
	 * The profile for editing by the current user: admins edit any; a unit manager the profiles whose reception unit
	 * lies within their own unit subtree. Others, and profiles that do not exist, answer 404.
	 */
	public Profile editable(String code) {
		Profile p = find(code).orElseThrow(() -> new NotFoundException("profile", code));
		CurrentUser user = users.require();
		if (user.has(Role.ADMIN) || (p.receptionUnitId() != null && user.canSeeUnit(p.receptionUnitId()))) {
			return p;
		}
		throw new NotFoundException("profile", code);
	}

	public List<Profile> published() {
		return jdbc.sql("select municipality_code from place_profile where published = true order by municipality_code")
			.query(String.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
	}

	@Transactional
	public Profile save(Profile p) {
		List<FieldError> errors = new ArrayList<>();
		if (indicators.municipalityName(p.municipalityCode()).isEmpty()) {
			errors.add(FieldError.of("municipalityCode", "places.error.municipality", p.municipalityCode()));
		}
		for (String tag : p.lifeTags()) {
			if (!LIFE_TAGS.contains(tag)) {
				errors.add(FieldError.of("lifeTags", "validation.unknown", tag));
			}
		}
		check(errors, "suits", p.suits());
		check(errors, "industry", p.industry());
		check(errors, "culture", p.culture());
		check(errors, "housing", p.housing());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		jdbc.sql("delete from place_profile where municipality_code = ?").param(p.municipalityCode()).update();
		jdbc.sql("""
				insert into place_profile (municipality_code, suits, life_tags, industry, culture, housing,
				                           reception_unit_id, published, demo, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.municipalityCode(), p.suits(), String.join(",", p.lifeTags()), p.industry(), p.culture(),
					p.housing(), p.receptionUnitId(), p.published(), p.demo(), Timestamp.from(clock.instant()))
			.update();
		return find(p.municipalityCode()).orElseThrow();
	}

	private static void check(List<FieldError> errors, String field, @Nullable String value) {
		if (value != null && value.length() > 2000) {
			errors.add(FieldError.of(field, "validation.size", 0, 2000));
		}
	}

	static Set<String> tags(@Nullable String s) {
		return s == null || s.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.split(",")));
	}
}
