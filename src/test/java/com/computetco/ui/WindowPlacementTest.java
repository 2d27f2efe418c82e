package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.ui.WindowPlacement.Placement;
import com.computetco.ui.state.AppSettings;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Issue 10 §4: the window fits the screen it opens on, first start or remembered bounds. */
class WindowPlacementTest {
    /** 1280×720 less a 27-pixel panel at the top, as on a common Linux desktop. */
    private static final Rectangle2D SMALL = new Rectangle2D(0, 27, 1280, 693);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);

    private static void assertInside(Placement p, Rectangle2D screen) {
        assertTrue(p.x() >= screen.getMinX() && p.y() >= screen.getMinY(), p + " starts inside " + screen);
        assertTrue(p.x() + p.width() <= screen.getMaxX() + 1e-9 && p.y() + p.height() <= screen.getMaxY() + 1e-9,
                p + " ends inside " + screen);
    }

    @Test
    void aFirstStartOnASmallScreenTakesItsVisualBoundsAndKeepsTheMenuInSight() {
        Placement p = WindowPlacement.place(List.of(SMALL), Optional.empty());
        assertInside(p, SMALL);
        assertEquals(1280, p.width(), 1e-9);
        assertEquals(693, p.height(), 1e-9, "never the old fixed 800 px, taller than the screen");
        assertEquals(27, p.y(), 1e-9);
    }

    @Test
    void aFirstStartOnFullHdGrowsBeyondTheOld1280By800() {
        Placement p = WindowPlacement.place(List.of(FULL_HD), Optional.empty());
        assertInside(p, FULL_HD);
        assertTrue(p.width() > 1280 && p.height() > 800, p.toString());
        assertEquals((1920 - p.width()) / 2, p.x(), 1e-9, "centred");
    }

    @Test
    void savedBoundsAboveTheScreenAreMovedDown() {
        Placement p = WindowPlacement.place(List.of(SMALL),
                Optional.of(new AppSettings.Bounds(0, -27, 1280, 800, false)));
        assertInside(p, SMALL);
        assertEquals(27, p.y(), 1e-9);
        assertEquals(693, p.height(), 1e-9);
    }

    @Test
    void boundsFromAScreenNoLongerPresentComeBackToThePrimary() {
        Placement p = WindowPlacement.place(List.of(FULL_HD),
                Optional.of(new AppSettings.Bounds(2400, 300, 1400, 900, false)));
        assertInside(p, FULL_HD);
        assertEquals(1400, p.width(), 1e-9, "the size is kept where it fits");
    }

    @Test
    void boundsOnTheSecondScreenStayThere() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 1024);
        Placement p = WindowPlacement.place(List.of(FULL_HD, right),
                Optional.of(new AppSettings.Bounds(2000, 100, 1100, 800, true)));
        assertEquals(new Placement(2000, 100, 1100, 800, true), p);
    }

    @Test
    void theMinimumSizeNeverExceedsASmallScreen() {
        double[] min = WindowPlacement.minimumSize(SMALL);
        assertEquals(1024, min[0], 1e-9);
        assertEquals(693, min[1], 1e-9);
    }
}
