@NullMarked
package fr.nanterre.insertion.urbanrenewal.demo;

import org.jspecify.annotations.NullMarked;
