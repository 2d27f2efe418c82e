package com.computetco.ui;

import com.computetco.ui.state.AppSettings;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: on a first start, sized from the screen's visual bounds (the screen less its
 * panels and docks); otherwise where it was left, clamped to the screens present now. A remembered position
 * from a larger or a since-removed screen must never leave the menu bar off-screen (seen: y = −27 at 1280×720).
 */
public final class WindowPlacement {
    /** The smallest window the layout is designed for; a smaller screen gets all of its visual bounds. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /** Beyond this the window stops growing on a first start: lines of text get too long to read. */
    static final double FIRST_WIDTH = 1600;
    static final double FIRST_HEIGHT = 1000;
    private static final double SHARE_OF_SCREEN = 0.9;
    /** Below this visual size a first start takes the whole of the screen. */
    private static final double SMALL_WIDTH = 1440;
    private static final double SMALL_HEIGHT = 860;

    /** The window's bounds, and whether it opens maximised. */
    public record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    private WindowPlacement() {
    }

    /**
     * @param screens the visual bounds of every screen present, the primary first
     * @param saved the bounds remembered from the last session, if any
     */
    public static Placement place(List<Rectangle2D> screens, Optional<AppSettings.Bounds> saved) {
        if (screens.isEmpty()) {
            return new Placement(0, 0, MIN_WIDTH, MIN_HEIGHT, false);
        }
        if (saved.isPresent() && saved.get().width() > 0 && saved.get().height() > 0) {
            return clamp(saved.get(), screens);
        }
        return firstStart(screens.get(0));
    }

    /** All of a small screen (every pixel counts at 1280×720); most of a larger one, centred, up to a limit. */
    static Placement firstStart(Rectangle2D screen) {
        boolean small = screen.getWidth() < SMALL_WIDTH || screen.getHeight() < SMALL_HEIGHT;
        double width = small ? screen.getWidth() : Math.min(FIRST_WIDTH, screen.getWidth() * SHARE_OF_SCREEN);
        double height = small ? screen.getHeight() : Math.min(FIRST_HEIGHT, screen.getHeight() * SHARE_OF_SCREEN);
        return new Placement(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    /** The saved bounds moved and shrunk, if need be, into the screen they overlap most (else the primary). */
    static Placement clamp(AppSettings.Bounds saved, List<Rectangle2D> screens) {
        Rectangle2D target = screens.get(0);
        double best = 0;
        for (Rectangle2D screen : screens) {
            double overlap = overlap(screen, saved);
            if (overlap > best) {
                best = overlap;
                target = screen;
            }
        }
        double width = Math.min(saved.width(), target.getWidth());
        double height = Math.min(saved.height(), target.getHeight());
        double x = Math.max(target.getMinX(), Math.min(saved.x(), target.getMaxX() - width));
        double y = Math.max(target.getMinY(), Math.min(saved.y(), target.getMaxY() - height));
        return new Placement(x, y, width, height, saved.maximized());
    }

    /** The smallest size the user may drag the window to: the designed minimum, or the whole of a small screen. */
    static double[] minimumSize(Rectangle2D screen) {
        return new double[] {Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight())};
    }

    private static double overlap(Rectangle2D screen, AppSettings.Bounds b) {
        double w = Math.min(screen.getMaxX(), b.x() + b.width()) - Math.max(screen.getMinX(), b.x());
        double h = Math.min(screen.getMaxY(), b.y() + b.height()) - Math.max(screen.getMinY(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
