package fr.nanterre.insertion.facilitation.agreement;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** The MEF's funding agreement with the City for one year. */
@Table(schema = "facilitation", name = "mef_agreement")
public record MefAgreement(@Id UUID id, @Embedded.Empty AgreementTerms terms, @Version @Nullable Long version) {

    static MefAgreement agreed(AgreementTerms terms) {
        return new MefAgreement(UUID.randomUUID(), terms, null);
    }

    MefAgreement withTerms(AgreementTerms changed) {
        return new MefAgreement(id, changed, version);
    }

    public int year() {
        return terms.year();
    }
}
