package se.kompetensnav.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A labour-market programme (project): who owns it, who funds it, when it runs, how many places it has, whom it is
 * for and where it takes place. Not personal data.
 *
 * @param operationId the funder's operation (project) id, reported with every participant
 */
public record Programme(long id, String name, long unitId, @Nullable String funder, @Nullable String operationId,
		LocalDate startsOn, @Nullable LocalDate endsOn, int places, Set<TargetGroup> targetGroups, List<String> sites,
		boolean demo) {
}
