@NullMarked
package se.kompetensnav.parameters.web;

import org.jspecify.annotations.NullMarked;
