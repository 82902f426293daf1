@NullMarked
package se.kompetensnav.education.internal;

import org.jspecify.annotations.NullMarked;
