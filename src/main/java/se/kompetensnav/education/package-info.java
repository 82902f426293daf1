/**
 * Education: the catalogue of ways to close a skill gap. Providers (municipal adult education and learning centres,
 * vocational colleges, the university, clusters, private providers), each linked to an organisational unit of type
 * PROVIDER; courses and short courses described in the taxonomy's terms (skills taught, occupations aimed at, SUN
 * level and field, municipality); validation offers (kartläggning, bedömning, erkännande).
 * <p>
 * Other modules use {@link se.kompetensnav.education.Catalogue}: the matching engine reads {@link
 * se.kompetensnav.education.Offer}s, the network module reads short courses.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Education")
package se.kompetensnav.education;

import org.jspecify.annotations.NullMarked;
