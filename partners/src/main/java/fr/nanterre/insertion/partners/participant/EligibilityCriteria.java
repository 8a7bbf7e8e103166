package fr.nanterre.insertion.partners.participant;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The reference table of criteria. Read only: the migrations seed it. */
interface EligibilityCriteria extends Repository<EligibilityCriterion, String> {

    @Query("select * from partners.eligibility_criterion order by display_order")
    List<EligibilityCriterion> findAll();

    default Map<String, EligibilityCriterion> byCode() {
        return findAll().stream().collect(Collectors.toMap(EligibilityCriterion::code, Function.identity()));
    }
}
