@NullMarked
package fr.nanterre.insertion.app.ui;

import org.jspecify.annotations.NullMarked;
