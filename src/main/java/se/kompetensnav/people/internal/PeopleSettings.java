package se.kompetensnav.people.internal;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.kompetensnav.identity.Role;
import se.kompetensnav.people.LongTermUnemploymentRule;

/**
 * Settings of the people module.
 *
 * @param ltuAgeLimit below this age the shorter long-term-unemployment period applies (ESF+: 25)
 * @param ltuMonthsYoung months of unemployment beyond which the young count as long-term unemployed (ESF+: 6)
 * @param ltuMonthsOlder the same from the age limit (ESF+: 12)
 * @param sensitiveRoles roles that see sensitive answers (health, disability, background, minority, housing) of the
 *     participants they may see
 * @param retentionYears years after exit after which personal data is culled
 */
@ConfigurationProperties("kompetensnav.people")
public record PeopleSettings(@DefaultValue("25") int ltuAgeLimit, @DefaultValue("6") int ltuMonthsYoung,
		@DefaultValue("12") int ltuMonthsOlder, @DefaultValue("CONSULTANT") Set<Role> sensitiveRoles,
		@DefaultValue("5") int retentionYears) {

	public LongTermUnemploymentRule ltuRule() {
		return new LongTermUnemploymentRule(ltuAgeLimit, ltuMonthsYoung, ltuMonthsOlder);
	}
}
