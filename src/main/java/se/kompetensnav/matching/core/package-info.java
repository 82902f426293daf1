/**
 * The matching core: plain Java, no framework types. Profiles and opportunities in, explained matches out.
 * See {@link se.kompetensnav.matching.core.Scorer} for the score, {@link se.kompetensnav.matching.core.MatchEngine}
 * for the inverted index with top-k pruning, {@link se.kompetensnav.matching.core.GapPlanner} for gap-closing paths
 * and {@link se.kompetensnav.matching.core.RelatedOccupations} for career moves.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("core")
package se.kompetensnav.matching.core;

import org.jspecify.annotations.NullMarked;
