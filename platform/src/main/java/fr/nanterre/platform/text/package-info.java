/** Text as users read and search it: numbers and amounts in their language, search keys without case or accents. */
@NullMarked
package fr.nanterre.platform.text;

import org.jspecify.annotations.NullMarked;
