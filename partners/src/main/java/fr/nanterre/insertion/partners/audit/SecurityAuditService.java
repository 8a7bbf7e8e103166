package fr.nanterre.insertion.partners.audit;

import fr.nanterre.insertion.partners.SecurityAudit;
import fr.nanterre.platform.security.WithoutRoleCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Authentication events in the audit log, through {@link SecurityAudit}. */
@Service
class SecurityAuditService implements SecurityAudit {

    private final AuditLog log;

    SecurityAuditService(AuditLog log) {
        this.log = log;
    }

    @Override
    @WithoutRoleCheck("called by the login machinery, before anyone is logged in and when a role is refused")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, Event event, String detail) {
        log.record(shorten(username, 100), AuditAction.valueOf(event.name()), null, shorten(detail, 500));
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
