package se.kompetensnav.education;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the education and validation catalogue. Open data: no personal data, no audit.
 */
public interface Catalogue {

	List<Provider> providers();

	Optional<Course> course(long id);

	/** Courses that match every given criterion; with free text best first, otherwise by next start date. */
	List<Course> search(CourseQuery query);

	/** Short courses for rapid staffing (snabbkurser), by next start date. */
	List<Course> shortCourses();

	List<ValidationOffer> validationOffers();

	Optional<ValidationOffer> validationOffer(long id);

	/** Every course and validation offer as the matching engine sees them. */
	List<Offer> offers();
}
