package fr.nanterre.platform.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A small rounded label with a tone: the status of a clause, an operation, a structure's activity. One look for
 * every screen; the text is the caller's (already translated).
 */
public class Badge extends Span {

    /** What the label says of its subject: good, informative, needs attention, bad, or nothing in particular. */
    public enum Tone {
        SUCCESS("#e3f4e8", "#1d6b35"),
        INFO("#e6f0fb", "#1f4e8c"),
        WARNING("#fdf0d5", "#8a5a00"),
        ERROR("#fbe4e4", "#9b1c1c"),
        NEUTRAL("#ececec", "#555");

        private final String background;
        private final String colour;

        Tone(String background, String colour) {
            this.background = background;
            this.colour = colour;
        }
    }

    private Tone tone;

    public Badge(String text, Tone tone) {
        super(text);
        this.tone = tone;
        getStyle().set("padding", "0.1em 0.6em").set("border-radius", "1em").set("white-space", "nowrap")
                .set("font-size", "var(--lumo-font-size-s, 0.85em)");
        setTone(tone);
    }

    public void setTone(Tone tone) {
        this.tone = tone;
        getStyle().set("background", tone.background).set("color", tone.colour);
    }

    public Tone tone() {
        return tone;
    }
}
