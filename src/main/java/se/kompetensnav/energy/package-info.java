/**
 * Energy: a register of residual-heat sources (data centres, steel and hydrogen plants, industry) and sinks
 * (greenhouses, district heating, fish farms, buildings), the greenhouse and data-centre models, and matching of
 * sources to sinks with pipe, investment, losses and cost per MWh. A sink can be a work-training site: the
 * greenhouse page shows energy, training places and produce together. The models are plain Java.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Energy")
package se.kompetensnav.energy;

import org.jspecify.annotations.NullMarked;
