/** The network's demo data. */
@NullMarked
package se.kompetensnav.network.internal;

import org.jspecify.annotations.NullMarked;
