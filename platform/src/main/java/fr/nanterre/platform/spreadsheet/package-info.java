/** Spreadsheets in and out: reading CSV and XLSX files as users make them, writing XLSX exports. */
@NullMarked
package fr.nanterre.platform.spreadsheet;

import org.jspecify.annotations.NullMarked;
