package fr.nanterre.insertion.partners.audit;

import fr.nanterre.insertion.partners.ListAudit;
import fr.nanterre.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Other modules' list reads in the audit log, through {@link ListAudit}. */
@Service
@PreAuthorize("isAuthenticated()")
class ListAuditService implements ListAudit {

    private final AuditLog log;
    private final CurrentUser user;

    ListAuditService(AuditLog log, CurrentUser user) {
        this.log = log;
        this.user = user;
    }

    @Override
    @Transactional
    public void listShown(String screen, String filters, long rows) {
        log.record(user.name(), AuditAction.LIST_SHOWN, null, detail(screen, filters, rows));
    }

    @Override
    @Transactional
    public void listExported(String screen, String filters, long rows) {
        log.record(user.name(), AuditAction.LIST_EXPORTED, null, detail(screen, filters, rows));
    }

    private static String detail(String screen, String filters, long rows) {
        String detail = screen + ": " + filters + "; rows=" + rows;
        return detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
