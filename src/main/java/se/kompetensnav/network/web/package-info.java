/** The network's pages and API. */
@NullMarked
package se.kompetensnav.network.web;

import org.jspecify.annotations.NullMarked;
