/**
 * Employers: the demand side. Employer organisations (organisation number, SNI, EU size class, municipality,
 * green-transition flag), their critical functions and competence needs by horizon, opportunities (vacancies,
 * internships, apprenticeships, summer jobs), the import of JobTech job ads, and skill extraction from Swedish
 * free text into taxonomy terms.
 * <p>
 * Other modules use {@link se.kompetensnav.employers.Organisations}, {@link se.kompetensnav.employers.CompetenceNeeds},
 * {@link se.kompetensnav.employers.Opportunities} and, in plain Java, {@link se.kompetensnav.employers.SkillExtractor}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package se.kompetensnav.employers;

import org.jspecify.annotations.NullMarked;
