package fr.nanterre.insertion.procurement.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.nanterre.insertion.procurement.clause.HoursTarget;
import fr.nanterre.insertion.procurement.clause.Trade;
import fr.nanterre.insertion.procurement.clause.TradeTable;
import fr.nanterre.platform.security.Roles;
import fr.nanterre.platform.ui.ExportButton;
import fr.nanterre.platform.ui.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/** The labour share of each trade, used by the hours calculator; the procurement department keeps it up to date. */
@Route("metiers")
@Menu(title = "procurement.trades.menu", order = 22, icon = "vaadin:tools")
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
class TradesView extends VerticalLayout implements HasDynamicTitle {

    private final TradeTable table;
    final Grid<Trade> grid = new Grid<>();

    TradesView(TradeTable table, AuthenticationContext authentication) {
        this.table = table;
        setSizeFull();
        grid.addColumn(t -> t.label(getLocale())).setHeader(getTranslation("procurement.trades.trade"))
                .setSortable(true).setComparator(t -> t.label(getLocale())).setFlexGrow(3);
        grid.addColumn(t -> t.labourSharePercent().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("procurement.clause.labour-share")).setSortable(true)
                .setComparator(Trade::labourSharePercent);
        grid.addComponentColumn(t -> {
            Button change = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(), e -> edit(t));
            change.setVisible(authentication.hasAnyRole(Roles.PROCUREMENT, Roles.ADMIN));
            return change;
        }).setAutoWidth(true).setFlexGrow(0);
        java.util.Locale locale = getLocale();
        ExportButton export = new ExportButton("corps-de-metier.xlsx", getTranslation("procurement.trades.menu"),
                java.util.List.of(getTranslation("procurement.trades.trade"),
                        getTranslation("procurement.clause.labour-share")),
                () -> table.all().stream().map(t -> java.util.List.of(t.label(locale), t.labourSharePercent())));
        add(new H2(getTranslation("procurement.trades.title")), new Paragraph(getTranslation("procurement.trades.help")),
                export, grid);
        expand(grid);
        refresh();
    }

    /** About a dozen trades: the table is small and read whole. */
    private void refresh() {
        grid.setItems(table.all());
    }

    private void edit(Trade trade) {
        BigDecimalField share = new BigDecimalField(getTranslation("procurement.clause.labour-share"));
        share.setValue(trade.labourSharePercent());
        Dialog dialog = new Dialog(share);
        dialog.setHeaderTitle(trade.label(getLocale()));
        Button save = new Button(getTranslation("common.save"), e -> {
            BigDecimal value = share.getValue();
            if (!HoursTarget.isPercent(value)) {
                share.setErrorMessage(getTranslation("procurement.percent.invalid"));
                share.setInvalid(true);
                return;
            }
            try {
                table.changeLabourShare(trade, value);
                dialog.close();
                refresh();
            } catch (OptimisticLockingFailureException concurrentChange) {
                Notices.concurrentChange();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("procurement.trades.title");
    }
}
