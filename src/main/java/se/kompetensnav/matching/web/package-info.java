@NullMarked
package se.kompetensnav.matching.web;

import org.jspecify.annotations.NullMarked;
