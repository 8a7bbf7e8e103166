/** The screens of the partners module: structures, the City's support, participants and their files, the audit log. */
@NullMarked
package fr.nanterre.insertion.partners.ui;

import org.jspecify.annotations.NullMarked;
