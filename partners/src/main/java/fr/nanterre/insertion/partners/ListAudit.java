package fr.nanterre.insertion.partners;

/**
 * The audit log's entry point for the list and search screens of other modules that show participants' names or
 * references (facilitation's placements, candidacies…): partners keeps the one audit log of personal data, so a
 * read of identities is logged where the reads of participants' files are, with one screen and one retention.
 * The user is the one logged in. Filters are the screen's filters as the user set them, except any searched text,
 * which the caller replaces by {@code search=yes}: the log keeps who looked at how many people, never whom they
 * looked for.
 */
public interface ListAudit {

    /**
     * A list or search screen showed identities: the first page of each filter, as partners' own participants list
     * logs it (the page shown, not the filter's total, which would cost a count of its own).
     *
     * @param screen  the screen's route, as {@code placements}
     * @param filters the filters, without any searched name, and the page's number ({@code page=0})
     * @param rows    how many rows the page showed
     */
    void listShown(String screen, String filters, long rows);

    /** The same list was exported to a spreadsheet: its filters (without any searched name) and the rows exported. */
    void listExported(String screen, String filters, long rows);
}
