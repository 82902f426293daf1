package se.kompetensnav.people.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.people.ActivityType;

/**
 * A culled statistical record keeps its activity hours by kind in one column, {@code GUIDANCE=12.5;COURSE=80},
 * because the plan's activities themselves are erased.
 */
final class ActivityHoursColumn {

	private ActivityHoursColumn() {
	}

	static String format(Map<ActivityType, Double> hours) {
		return hours.entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey().name() + "=" + e.getValue())
			.collect(Collectors.joining(";"));
	}

	static Map<ActivityType, Double> parse(@Nullable String column) {
		Map<ActivityType, Double> hours = new EnumMap<>(ActivityType.class);
		if (column == null || column.isBlank()) {
			return hours;
		}
		for (String part : column.split(";")) {
			String[] kv = part.split("=", 2);
			hours.put(ActivityType.valueOf(kv[0].strip()), Double.parseDouble(kv[1].strip()));
		}
		return hours;
	}
}
