package fr.nanterre.insertion.partners;

/**
 * The audit log's entry point for what happens around logging in, which the application's security records
 * beside the reads and changes of participants' files: one log, one screen, one retention.
 */
public interface SecurityAudit {

    /** What happened, as the audit log names it. */
    enum Event {
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        /** Too many failed attempts: the user name or the client address is locked for a while. */
        LOCKED_OUT,
        LOGGED_OUT,
        /** A screen or a service method refused the user's role. */
        ACCESS_DENIED
    }

    /**
     * Writes one line, in a transaction of its own (a refused call rolls its own transaction back).
     *
     * @param username the name typed or the user logged in, never a password
     * @param detail   the client address, the screen or method refused; no personal data
     */
    void record(String username, Event event, String detail);
}
