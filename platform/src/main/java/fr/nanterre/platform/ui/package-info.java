/** The Vaadin pieces every module's screens share: record dialogs, the import dialog, export and download buttons, notices, badges, localized date pickers and uploads, and the i18n provider that gathers each module's messages. */
@NullMarked
package fr.nanterre.platform.ui;

import org.jspecify.annotations.NullMarked;
