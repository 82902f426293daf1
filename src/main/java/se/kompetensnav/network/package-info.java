/**
 * Network: the cluster network (actors from companies, public bodies, academia, education and civil society with
 * their profiles, "we need" and "we offer" posts, projects with their funders, events with registration, meeting
 * requests between actors, and an open export of the actor directory) and rapid-staffing cohorts (a cohort planned
 * from an employer's need: a shortlist of shared, anonymised candidates from matching, the short courses that close
 * their common gap, each party's acceptance, tracking to employment 90 days after, funding hints and results).
 * <p>
 * Other modules use {@link se.kompetensnav.network.Network} and {@link se.kompetensnav.network.Cohorts}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package se.kompetensnav.network;

import org.jspecify.annotations.NullMarked;
