/** Benchmarks of the whole application at national scale (tagged {@code benchmark}, left out of {@code mvn verify}). */
@NullMarked
package fr.nanterre.insertion.benchmark;

import org.jspecify.annotations.NullMarked;
