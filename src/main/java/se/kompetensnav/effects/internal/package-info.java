@NullMarked
package se.kompetensnav.effects.internal;

import org.jspecify.annotations.NullMarked;
