/** The batch command line {@code match}: JSON lines in, ranked and explained matches out, no database. */
@NullMarked
@org.springframework.modulith.NamedInterface("cli")
package se.kompetensnav.matching.cli;

import org.jspecify.annotations.NullMarked;
