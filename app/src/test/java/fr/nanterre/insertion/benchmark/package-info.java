/** Data at the national network's scale, for the benchmarks, and the benchmarks of the dashboards. */
@NullMarked
package fr.nanterre.insertion.benchmark;

import org.jspecify.annotations.NullMarked;
