/** The analysis rules as plain Java: balance index, shortage and surplus lists, disclosure control. */
@NullMarked
package se.kompetensnav.analysis.core;

import org.jspecify.annotations.NullMarked;
