/** Report tables, the same on screen, in the spreadsheet and in the PDF. */
@NullMarked
package fr.nanterre.platform.report;

import org.jspecify.annotations.NullMarked;
