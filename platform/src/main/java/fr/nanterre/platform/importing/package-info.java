/** What every import shares: the preview of a file's lines before anything is saved. */
@NullMarked
package fr.nanterre.platform.importing;

import org.jspecify.annotations.NullMarked;
