package fr.nanterre.insertion.facilitation.directory;

import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A structure the facilitators can refer candidates to: their own copy of what partners registered, kept up to
 * date by events, so that facilitation never reads the partners schema.
 */
@Table(schema = "facilitation", name = "referral_structure")
public record ReferralStructure(@Id UUID structureId, String name, StructureKind kind, String siret, String searchKey) {
}
