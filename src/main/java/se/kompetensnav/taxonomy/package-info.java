/**
 * Taxonomy: the shared language of people, jobs and courses. A mirror of the JobTech taxonomy (SSYK 2012 levels
 * 1-4, occupation names, skills, SUN 2020, SNI 2007, languages, driving licences), counties and municipalities
 * (codes, borders, neighbours, population), the eight EU key competences with DigComp, EntreComp and LifeComp, and
 * ESCO's ISCO groups and green, digital and transversal skill collections; imported from files the repository
 * ships, with a Lucene index for Swedish search.
 * <p>
 * Other modules use {@link se.kompetensnav.taxonomy.Taxonomy}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy")
package se.kompetensnav.taxonomy;

import org.jspecify.annotations.NullMarked;
