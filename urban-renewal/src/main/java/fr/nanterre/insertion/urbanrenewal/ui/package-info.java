@NullMarked
package fr.nanterre.insertion.urbanrenewal.ui;

import org.jspecify.annotations.NullMarked;
