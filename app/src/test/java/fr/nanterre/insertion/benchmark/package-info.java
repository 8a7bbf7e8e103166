/**
 * Data at the national network's scale, and the benchmarks of the whole application that use it (tagged
 * {@code benchmark}, left out of {@code mvn verify}).
 */
@NullMarked
package fr.nanterre.insertion.benchmark;

import org.jspecify.annotations.NullMarked;
