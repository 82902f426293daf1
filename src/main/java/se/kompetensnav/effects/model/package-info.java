/**
 * The socio-economic effect model in plain Java (no framework types): person-years in a situation become yearly
 * flows per actor, in the real view (production and resource use; transfers net to zero) and the financial view
 * (what each actor pays and receives). On top: discounting over horizons, the SROI adjustments and ledgers.
 */
@NullMarked
package se.kompetensnav.effects.model;

import org.jspecify.annotations.NullMarked;
