package fr.nanterre.insertion.facilitation.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.nanterre.insertion.facilitation.placement.ContractType;
import fr.nanterre.insertion.procurement.Modality;
import fr.nanterre.platform.ui.LocalizedDatePicker;

/**
 * The fields of an employment, as both the placement form and the hire form ask them: the modality, the
 * contract of a direct hire, the dates, and the justification shown once partners says the participant is not
 * eligible on the start date.
 * Shared by {@code ui.placement} (the placement form) and {@code ui.pipeline} (the hire form).
 */
public final class EmploymentFields {

    public final Select<Modality> modality = new Select<>();
    public final Select<ContractType> contractType = new Select<>();
    public final LocalizedDatePicker start = new LocalizedDatePicker("");
    public final LocalizedDatePicker end = new LocalizedDatePicker("");
    public final TextArea justification = new TextArea();

    public EmploymentFields() {
        modality.setLabel(modality.getTranslation("facilitation.placement.modality"));
        modality.setItems(Modality.values());
        modality.setItemLabelGenerator(m -> modality.getTranslation("facilitation.modality." + m.name()));
        contractType.setLabel(modality.getTranslation("facilitation.placement.contract-type"));
        contractType.setItems(ContractType.values());
        contractType.setItemLabelGenerator(t -> modality.getTranslation("facilitation.contract-type." + t.name()));
        modality.addValueChangeListener(e -> contractType.setVisible(e.getValue() == Modality.DIRECT_HIRE));
        modality.setValue(Modality.DIRECT_HIRE);
        start.setLabel(modality.getTranslation("facilitation.placement.start"));
        end.setLabel(modality.getTranslation("facilitation.placement.end"));
        justification.setLabel(modality.getTranslation("facilitation.placement.justification"));
        justification.setVisible(false);
        justification.setWidthFull();
    }

    /** Partners said the participant is not eligible on the start date: the justification is now required. */
    public void askJustification(String message) {
        justification.setVisible(true);
        justification.setErrorMessage(message);
        justification.setInvalid(true);
    }
}
