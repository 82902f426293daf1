@NullMarked
package se.kompetensnav.parameters.internal;

import org.jspecify.annotations.NullMarked;
