/**
 * The web shell: layout, navigation, language, error pages and start pages. Modules keep their own controllers in
 * {@code module.web} and contribute navigation entries as {@link se.kompetensnav.web.NavItem} beans.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package se.kompetensnav.web;

import org.jspecify.annotations.NullMarked;
