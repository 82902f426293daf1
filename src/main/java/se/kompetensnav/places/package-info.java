/**
 * Places: how attractive a place is for the people its industry needs, and what to do about it. Assessments
 * answered together by the municipality and its industry, data indicators scored against similar municipalities,
 * a library of actions and a recommendation engine that ranks them with reasons; municipality profiles for
 * attraction and the inquiries of people who might move there.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package se.kompetensnav.places;

import org.jspecify.annotations.NullMarked;
