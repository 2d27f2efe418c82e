package com.computetco.ui.document;

import java.util.ArrayList;
import java.util.List;

/** A field path such as {@code options[1].quote.unitPrice.amount} as its steps: names and list indexes. */
final class PathSteps {
    private PathSteps() {
    }

    /** The steps in order: a {@link String} for a field name, an {@link Integer} for a list index. */
    static List<Object> of(String text) {
        List<Object> steps = new ArrayList<>();
        for (String part : text.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                steps.add(name);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return List.copyOf(steps);
    }
}
