package org.tacitus.model;

import java.util.Objects;

/**
 * A quotation: its content span ({@code content}; for direct quotes including the quotation marks), whether it is
 * verbatim ({@code direct}) or reported speech ("Lavrov said that…"), the speaker (null when none could be found)
 * and the cue that attributes it ("said", "told reporters", "according to"; null when the quote continues the
 * previous speaker's words without a cue of its own).
 */
public record Quote(TextSpan content, boolean direct, Speaker speaker, TextSpan cue) {
    public Quote {
        Objects.requireNonNull(content, "content");
    }
}
