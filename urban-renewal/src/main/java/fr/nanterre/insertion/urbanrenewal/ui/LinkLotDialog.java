package fr.nanterre.insertion.urbanrenewal.ui;

import java.util.NoSuchElementException;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fr.nanterre.insertion.procurement.LotSummary;
import fr.nanterre.insertion.procurement.ProcuredLots;
import fr.nanterre.insertion.urbanrenewal.project.LotAlreadyLinkedException;
import fr.nanterre.insertion.urbanrenewal.project.Operation;
import fr.nanterre.platform.ui.Notices;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Links a lot of any buyer's contract to the operation it carries out. A lot that carries out an operation already
 * is refused next to the field, with that operation's name, so that its hours never count twice.
 */
class LinkLotDialog extends Dialog {

    final LotField lot;
    final Button save = new Button();

    /** @param link links the lot and shows the operation again; may throw what the register throws */
    LinkLotDialog(ProcuredLots lots, Operation operation, Function<LotSummary, Operation> link) {
        lot = new LotField(lots);
        setHeaderTitle(getTranslation("urbanrenewal.lot.link.title", operation.name()));
        lot.setId("lot-field");
        lot.setLabel(getTranslation("urbanrenewal.lot"));
        lot.setWidthFull();
        lot.addValueChangeListener(e -> lot.setInvalid(false));
        add(new Paragraph(getTranslation("urbanrenewal.lot.link.help")), lot);
        save.setId("save-link");
        save.setText(getTranslation("urbanrenewal.lot.link"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            LotSummary chosen = lot.getValue();
            if (chosen == null) {
                refuse(getTranslation("urbanrenewal.required"));
                return;
            }
            try {
                link.apply(chosen);
                close();
            } catch (LotAlreadyLinkedException linked) {
                refuse(getTranslation("urbanrenewal.lot.already-linked", linked.operationName()));
            } catch (NoSuchElementException gone) {
                refuse(getTranslation("urbanrenewal.lot.gone"));
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("42rem");
    }

    private void refuse(String message) {
        lot.setErrorMessage(message);
        lot.setInvalid(true);
    }
}
