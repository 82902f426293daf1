package se.kompetensnav.network;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A project run by a lead actor with partners, and who funds it. */
public record Project(long id, long leadActorId, String leadActorName, String name, String description,
		Funder funder, @Nullable Long budgetSek, LocalDate startDate, LocalDate endDate, List<String> partners,
		boolean demo) {

	public Project {
		partners = List.copyOf(partners);
	}
}
