/**
 * Planning: what an establishment (a new plant, a data centre) means for its municipality, per year: total jobs
 * through a local multiplier in low / central / high bands, how those jobs are filled (locally, by in-commuters,
 * by movers), the residents the movers bring, and what the municipality must provide (dwellings, preschool and
 * school places, health care). The model ({@link se.kompetensnav.planning.ImpactModel}) is plain Java; scenarios
 * record the parameter values they used so stored results never change.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package se.kompetensnav.planning;

import org.jspecify.annotations.NullMarked;
