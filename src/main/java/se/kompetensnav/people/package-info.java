/**
 * People: participants in labour-market programmes (such as "Växtzon oändlig" in Boden), their programmes,
 * enrolment with capacity and waiting list, development plans on the EU key competences, assessments, exits and
 * follow-ups, and the ESF+ indicators.
 * <p>
 * Other modules read participants through {@link se.kompetensnav.people.Participants}: profiles and situations with
 * the unit scoping applied, and pseudonymised {@link se.kompetensnav.people.StatisticalRecord}s for regional
 * analysis. Personal data never leaves the module by any other route.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "People")
package se.kompetensnav.people;

import org.jspecify.annotations.NullMarked;
