@NullMarked
package fr.nanterre.insertion.urbanrenewal.project;

import org.jspecify.annotations.NullMarked;
