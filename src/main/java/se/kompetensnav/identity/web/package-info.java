/** Pages and API of the identity module: administration, the own account and API tokens, audit review. */
@NullMarked
package se.kompetensnav.identity.web;

import org.jspecify.annotations.NullMarked;
