@NullMarked
package se.kompetensnav.analysis.web;

import org.jspecify.annotations.NullMarked;
