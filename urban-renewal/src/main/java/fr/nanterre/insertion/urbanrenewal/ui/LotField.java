package fr.nanterre.insertion.urbanrenewal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.nanterre.insertion.procurement.LotSummary;
import fr.nanterre.insertion.procurement.ProcuredLots;

/**
 * A lot of any buyer's contract, searched as the user types (contract reference, object or buyer, or lot title)
 * and paged from procurement's API, so that the choice stays quick with thousands of lots.
 */
class LotField extends ComboBox<LotSummary> {

    LotField(ProcuredLots lots) {
        setItemsPageable((page, text) -> lots.search(text, page), (page, text) -> lots.count(text));
        setItemLabelGenerator(lot -> getTranslation("urbanrenewal.lot.label", lot.contractReference(),
                lot.number(), lot.title(), lot.buyer()));
        setPlaceholder(getTranslation("urbanrenewal.lot.search"));
    }
}
