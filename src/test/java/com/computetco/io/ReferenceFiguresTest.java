package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceFiguresTest {
    @Test
    void everyFigureHasBothNamesAValueASourceADateAndAConfidenceWithTexts() {
        List<ReferenceFigures.Figure> figures = ReferenceFigures.all();
        assertTrue(figures.size() >= 30, "figures: " + figures.size());
        for (ReferenceFigures.Figure f : figures) {
            for (String part : List.of(f.figure(), f.figureZh(), f.value(), f.source(), f.date(), f.usedIn())) {
                assertFalse(part.isBlank(), f.figure());
            }
            assertTrue(f.date().matches("\\d{4}(-\\d{2}){0,2}"), f.figure() + ": " + f.date());
            assertTrue(Messages.forLocale(Locale.ENGLISH).has(f.confidence().key()));
            assertTrue(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).has(f.confidence().key()));
        }
    }

    @Test
    void theSeedArticlesRentsAreListedInTheirTrueOrder() {
        String rents = ReferenceFigures.all().stream().filter(f -> f.source().contains("中贝"))
                .findFirst().orElseThrow().value();
        assertTrue(rents.indexOf("2023-09-07") < rents.indexOf("2023-10-25")
                && rents.indexOf("2023-10-25") < rents.indexOf("2023-11-16"), rents);
    }
}
