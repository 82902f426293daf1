/**
 * The place-attractiveness core: plain Java, no framework types. Scoring of answers and indicators, comparison
 * groups, and the recommendation engine.
 */
@NullMarked
package se.kompetensnav.places.core;

import org.jspecify.annotations.NullMarked;
