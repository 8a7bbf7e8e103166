package fr.nanterre.insertion.facilitation.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.nanterre.insertion.facilitation.agreement.YearResults.Counted;
import fr.nanterre.insertion.procurement.FullTimeEquivalents;
import fr.nanterre.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MEF's yearly funding agreements with the City, which the City (ADMIN) and the MEF (FACILITATOR) record, and
 * their yearly report, which viewers read too: it holds aggregates only, no personal data.
 */
@Service
public class MefAgreements {

    private final Agreements agreements;
    private final JdbcClient jdbc;
    private final YearResults results;
    private final FullTimeEquivalents fullTimeEquivalents;

    MefAgreements(Agreements agreements, JdbcClient jdbc, YearResults results,
                  FullTimeEquivalents fullTimeEquivalents) {
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.results = results;
        this.fullTimeEquivalents = fullTimeEquivalents;
    }

    /** Latest year first; one agreement a year, so the list is short. */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public List<MefAgreement> all() {
        return agreements.findAll().stream()
                .sorted(Comparator.comparingInt(MefAgreement::year).reversed()).toList();
    }

    /** @throws DuplicateAgreementException when the year has an agreement already */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional
    public MefAgreement agree(AgreementTerms terms) {
        requireNoOtherAgreementIn(terms.year(), null);
        return agreements.save(MefAgreement.agreed(terms));
    }

    /**
     * Saves the terms over the version of {@code agreement} the user started from.
     *
     * @throws DuplicateAgreementException                                when the new year has an agreement already
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it in the meantime
     */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional
    public MefAgreement change(MefAgreement agreement, AgreementTerms terms) {
        requireNoOtherAgreementIn(terms.year(), agreement.id());
        return agreements.save(agreement.withTerms(terms));
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it in the meantime */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "')")
    @Transactional
    public void remove(MefAgreement agreement) {
        agreements.delete(agreement);
    }

    /** The report of the year's agreement; empty when the year has none. */
    @PreAuthorize("hasAnyRole('" + Roles.FACILITATOR + "', '" + Roles.ADMIN + "', '" + Roles.VIEWER + "')")
    @Transactional(readOnly = true)
    public Optional<AgreementReport> report(int year) {
        return jdbc.sql("select id from facilitation.mef_agreement where year = ?").param(year).query(UUID.class)
                .optional().flatMap(agreements::findById)
                .map(agreement -> {
                    Counted counted = results.counted(year);
                    return new AgreementReport(agreement, counted.hours(), fullTimeEquivalents.of(counted.hours()),
                            fullTimeEquivalents.hoursPerEtp(), counted.people(), results.placementsStarted(year),
                            results.exits(year));
                });
    }

    private void requireNoOtherAgreementIn(int year, @Nullable UUID except) {
        boolean taken = jdbc.sql("""
                        select count(*) from facilitation.mef_agreement
                        where year = ? and id is distinct from cast(? as uuid)""")
                .params(year, except).query(Long.class).single() > 0;
        if (taken) {
            throw new DuplicateAgreementException(year);
        }
    }
}
