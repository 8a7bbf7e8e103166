package fr.nanterre.insertion.facilitation.ledger;

/**
 * Where a statement came from: a file the MEF received and a facilitator imported, a file the company uploaded
 * on its portal, or the hours the company typed on its portal.
 */
public enum StatementOrigin { MEF_FILE, UPLOAD, PORTAL }
