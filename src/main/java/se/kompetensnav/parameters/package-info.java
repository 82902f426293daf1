/**
 * Parameters: every amount a model uses (prisbasbelopp, riksnorm, tax rates, unit costs, multipliers, U-values...)
 * as a dated, sourced, editable value. Admins change values with history kept; a calculation records which
 * versions it used, so stored results never change when a parameter does.
 * <p>
 * Modules ship their defaults as data ({@code classpath:parameters/<module>.csv}) and read values through
 * {@link se.kompetensnav.parameters.Parameters}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Parameters")
package se.kompetensnav.parameters;

import org.jspecify.annotations.NullMarked;
