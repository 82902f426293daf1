/**
 * Analysis: regional supply against demand by occupation (SSYK levels 1-4) and municipality over time, for the
 * regional competence council. Reads only aggregates from the other modules (people's
 * {@link se.kompetensnav.people.SupplyStatistics}, employers' {@link se.kompetensnav.employers.DemandStatistics},
 * education's {@link se.kompetensnav.education.GraduateSupply}, planning's establishments and the taxonomy's
 * population series) and publishes them through {@link se.kompetensnav.analysis.RegionalAnalysis} only after
 * disclosure control: counts of people under the threshold are hidden, and so is whatever would give them away.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package se.kompetensnav.analysis;

import org.jspecify.annotations.NullMarked;
