/** The application's root: {@code Application} starts it; every module lives in a subpackage. */
@NullMarked
package fr.nanterre.insertion;

import org.jspecify.annotations.NullMarked;
