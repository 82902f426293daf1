@NullMarked
package se.kompetensnav.effects.web;

import org.jspecify.annotations.NullMarked;
