package fr.nanterre.insertion.partners.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label: green for an active structure, grey for an inactive one. */
final class ActivityBadge {

    private ActivityBadge() {
    }

    static Span of(boolean active, String text) {
        Span badge = new Span(text);
        badge.getStyle().set("padding", "0.1em 0.6em").set("border-radius", "1em")
                .set("font-size", "var(--lumo-font-size-s, 0.85em)")
                .set("background", active ? "#e3f4e8" : "#ececec").set("color", active ? "#1d6b35" : "#555");
        return badge;
    }
}
