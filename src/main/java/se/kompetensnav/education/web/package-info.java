@NullMarked
package se.kompetensnav.education.web;

import org.jspecify.annotations.NullMarked;
