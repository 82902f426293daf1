@NullMarked
package se.kompetensnav.employers.internal;

import org.jspecify.annotations.NullMarked;
