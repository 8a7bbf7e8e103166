/**
 * The policy dashboard (administrators, viewers): its tables, its charts (JFreeChart, drawn as SVG on screen and as
 * a picture in the PDF) and the yearly report.
 */
@NullMarked
package fr.nanterre.insertion.app.ui.dashboard;

import org.jspecify.annotations.NullMarked;
