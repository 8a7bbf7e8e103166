@NullMarked
package fr.nanterre.insertion.urbanrenewal.progress;

import org.jspecify.annotations.NullMarked;
