@NullMarked
package se.kompetensnav.employers.web;

import org.jspecify.annotations.NullMarked;
