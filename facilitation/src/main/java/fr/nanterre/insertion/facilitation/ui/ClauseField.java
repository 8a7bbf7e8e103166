package fr.nanterre.insertion.facilitation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.nanterre.insertion.facilitation.clause.FollowedClause;
import fr.nanterre.insertion.facilitation.clause.FollowedClauses;

/**
 * A running clause, searched as the user types (contract reference, buyer or lot) and paged from the database, so
 * that the choice stays quick with thousands of clauses. A value that is no longer running still shows its label.
 * Shared by {@code ui.placement} (a placement's clause shares) and {@code ui.pipeline} (an offer's clause).
 */
public class ClauseField extends ComboBox<FollowedClause> {

    public ClauseField(FollowedClauses clauses) {
        setItems(query -> clauses.running(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        setItemLabelGenerator(c -> getTranslation("facilitation.placement.clause.label", c.contractReference(),
                c.lotNumber(), c.lotTitle(), c.targetHours()));
        setPlaceholder(getTranslation("facilitation.placement.clause.search"));
    }
}
