@NullMarked
package se.kompetensnav.analysis.internal;

import org.jspecify.annotations.NullMarked;
