@NullMarked
package fr.nanterre.insertion.urbanrenewal.schema;

import org.jspecify.annotations.NullMarked;
