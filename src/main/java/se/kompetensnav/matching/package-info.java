/**
 * Matching: explainable matches between people and opportunities (both directions), gap-closing paths through
 * courses and validation offers, and related occupations (career moves) from the taxonomy's skill profiles.
 * <p>
 * The engine and the score live in {@link se.kompetensnav.matching.core}, plain Java without framework types, so
 * that the same code runs in the application, in the batch command line ({@code match}) and in benchmarks.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package se.kompetensnav.matching;

import org.jspecify.annotations.NullMarked;
