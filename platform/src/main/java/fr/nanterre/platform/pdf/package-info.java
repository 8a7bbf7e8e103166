/** PDF reports (OpenPDF): a title, text and report tables, in the reader's language. */
@NullMarked
package fr.nanterre.platform.pdf;

import org.jspecify.annotations.NullMarked;
