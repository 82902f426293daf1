/**
 * Shared kernel: small value types and helpers that every module may use (validation errors that name a field or
 * line, exports). Nothing here knows about a particular module.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Common")
package se.kompetensnav.common;

import org.jspecify.annotations.NullMarked;
