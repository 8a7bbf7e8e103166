package fr.nanterre.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;

/**
 * One headline figure of a department's home: its label, its value in large type (with a stable id the tests read)
 * and, for the roles that may open it, a link to the matching list (the drill-down).
 */
public class FigureCard extends Div {

    private final Span value = new Span();

    public FigureCard(String id, String label, String text, @Nullable RouterLink list, Component... below) {
        Span caption = new Span(label);
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        value.setId(id);
        value.setText(text);
        value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        add(caption, value);
        add(below);
        if (list != null) {
            list.getStyle().set("font-size", "var(--lumo-font-size-s)");
            add(list);
        }
        addClassName("figure-card");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.2em")
                .set("padding", "0.6em 1em").set("min-width", "11rem").set("flex", "1 1 11rem")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "0.5em");
    }

    public String value() {
        return value.getText();
    }
}
