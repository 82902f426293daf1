/**
 * Socio-economic effects: who pays and who gains when people move from exclusion into work or studies.
 * A plain-Java model ({@code effects.model}) turns person-years in a situation into yearly flows per actor in the
 * real and the financial view; the module stores calculations (scenario planner, cost-of-exclusion calculator,
 * programme ledgers) with the parameter versions they used, and reports them as page, PDF and xlsx.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Effects")
package se.kompetensnav.effects;

import org.jspecify.annotations.NullMarked;
