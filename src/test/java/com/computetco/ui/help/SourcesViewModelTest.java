package com.computetco.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import com.computetco.io.ReferenceFigures;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Help → Sources without a toolkit: one row per bundled figure, in the window's language. */
class SourcesViewModelTest {
    @Test
    void oneRowPerFigureWithItsSourceDateAndConfidence() {
        var rows = new SourcesViewModel(Messages.forLocale(Locale.ENGLISH)).rows();
        var figures = ReferenceFigures.all();
        assertEquals(figures.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(figures.get(i).figure(), rows.get(i).figure());
            assertEquals(figures.get(i).source(), rows.get(i).source());
            assertEquals(figures.get(i).date(), rows.get(i).date());
        }
        assertTrue(rows.stream().anyMatch(r -> r.confidence().equals("estimate")));
    }

    @Test
    void chineseRowsNameTheFigureAndConfidenceInChinese() {
        var rows = new SourcesViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)).rows();
        assertEquals(ReferenceFigures.all().get(0).figureZh(), rows.get(0).figure());
        assertTrue(rows.stream().anyMatch(r -> r.confidence().equals("估算")));
    }
}
