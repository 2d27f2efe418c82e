package com.computetco.ui.help;

import com.computetco.i18n.Messages;
import com.computetco.io.ReferenceFigures;
import java.util.List;
import java.util.Objects;

/**
 * Help → Sources: the bundled reference figures as rows of text in the window's language (the same data file as
 * the report's Sources sheet).
 */
public final class SourcesViewModel {
    /** One table row, every cell already in the display language. */
    public record Row(String figure, String value, String source, String date, String confidence, String usedIn) {
    }

    private final Messages messages;

    public SourcesViewModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public List<Row> rows() {
        return ReferenceFigures.all().stream().map(f -> new Row(f.figure(messages.locale()), f.value(), f.source(),
                f.date(), messages.get(f.confidence().key()), f.usedIn())).toList();
    }

    public Messages messages() {
        return messages;
    }
}
