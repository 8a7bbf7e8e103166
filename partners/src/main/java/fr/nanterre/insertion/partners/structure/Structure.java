package fr.nanterre.insertion.partners.structure;

import java.time.Instant;
import java.util.UUID;

import fr.nanterre.insertion.partners.Siret;
import fr.nanterre.insertion.partners.StructureKind;
import fr.nanterre.insertion.partners.StructureRegistered;
import fr.nanterre.platform.text.SearchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** A partner structure: an SIAE, a régie de quartier, the PLIE, the MEF, or an employer that hires on clauses. */
@Table(schema = "partners", name = "structure")
public class Structure extends AbstractAggregateRoot<Structure> {

    public static final int NAME_MAX_LENGTH = 200;

    private final @Id UUID id;
    private final String name;
    private final StructureKind kind;
    private final String siret;
    /** The name as it is searched: see {@link SearchKey}. */
    private String searchKey;
    private final Instant registeredAt;
    private final @Version @Nullable Long version;

    @PersistenceCreator
    Structure(UUID id, String name, StructureKind kind, String siret, Instant registeredAt, @Nullable Long version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.siret = siret;
        this.searchKey = SearchKey.of(name);
        this.registeredAt = registeredAt;
        this.version = version;
    }

    static Structure register(String name, StructureKind kind, Siret siret, Instant now) {
        Structure structure = new Structure(UUID.randomUUID(), name.strip(), kind, siret.value(), now, null);
        structure.registerEvent(new StructureRegistered(structure.id, structure.name, kind, structure.siret));
        return structure;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public StructureKind kind() {
        return kind;
    }

    public Siret siret() {
        return new Siret(siret);
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
