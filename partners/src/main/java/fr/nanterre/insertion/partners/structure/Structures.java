package fr.nanterre.insertion.partners.structure;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fr.nanterre.insertion.partners.StructureKind;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Structures extends ListCrudRepository<Structure, UUID> {

    boolean existsBySiretAndKind(String siret, StructureKind kind);

    boolean existsBySiretAndKindAndIdNot(String siret, StructureKind kind, UUID id);

    List<Structure> findBySiret(String siret);

    List<Structure> findBySiretIn(Collection<String> sirets);

    /** The structures with an activity that is this trade, or a CPV family of this code ("45442" of "45442100"). */
    @Query("""
            select * from partners.structure s
            where exists (select 1 from unnest(s.activities) a
                          where a = :tradeCode or (a ~ '^[0-9]+$' and :cpvCode like a || '%'))
            order by s.name""")
    List<Structure> findCovering(String cpvCode, String tradeCode);
}
