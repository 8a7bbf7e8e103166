package fr.nanterre.insertion.urbanrenewal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One headline figure: its label, and its value in large type. The value carries a stable id, which the browserless
 * and the end-to-end tests read.
 */
final class Figure extends Div {

    final Span value = new Span();

    Figure(String id, String label, String text, Component... below) {
        Span caption = new Span(label);
        caption.getStyle().set("font-size", "var(--lumo-font-size-s, 0.85em)")
                .set("color", "var(--lumo-secondary-text-color, #555)");
        value.setId(id);
        value.setText(text);
        value.getStyle().set("font-size", "var(--lumo-font-size-xl, 1.4em)").set("font-weight", "600");
        add(caption, value);
        add(below);
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.2em")
                .set("padding", "0.6em 1em").set("min-width", "10rem")
                .set("border", "1px solid var(--lumo-contrast-10pct, #e0e0e0)").set("border-radius", "0.5em");
    }
}
