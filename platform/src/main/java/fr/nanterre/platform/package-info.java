/**
 * What every pillar stands on and that belongs to none of them, one package each: the embedded PostgreSQL and the
 * modules' schemas and migrations ({@code postgres}), role names and the current user ({@code security}), the
 * screens' shared Vaadin pieces and the i18n provider ({@code ui}), numbers and search keys ({@code text}), CSV and
 * XLSX files ({@code spreadsheet}), import previews ({@code importing}), report tables and PDF reports
 * ({@code report}, {@code pdf}), and the event publication table's migration. It lives outside
 * {@code fr.nanterre.insertion} on purpose, so that Spring Modulith does not take it for an application module
 * (see docs/decisions/0004-platform-and-test-support.md).
 */
@NullMarked
package fr.nanterre.platform;

import org.jspecify.annotations.NullMarked;
