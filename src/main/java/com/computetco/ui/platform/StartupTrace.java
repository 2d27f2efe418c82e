package com.computetco.ui.platform;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up timing, off unless the system property {@code computetco.startupTrace} is {@code true} (or {@code exit},
 * which also quits once the demo is drawn, for a benchmark that starts the app many times). Each mark is logged as
 * {@code startup-trace EVENT MS ms, cpu CPU ms}: MS counted from the start of the process, so that the JVM's own
 * start-up is included just as a user waits for it, and CPU the processor time of all its threads so far, which
 * varies less than MS on a loaded machine.
 *
 * <p>"Painted" means two pulses after the change: JavaFX lays a frame out in one pulse and hands it to the renderer,
 * which has finished it before the next one begins. The bare-window baseline uses the same definition.
 */
public final class StartupTrace {
    public static final String PROPERTY = "computetco.startupTrace";
    private final boolean enabled;
    private final boolean exitWhenDrawn;
    private final Instant processStart;

    private StartupTrace(String setting) {
        this.enabled = "true".equalsIgnoreCase(setting) || "exit".equalsIgnoreCase(setting);
        this.exitWhenDrawn = "exit".equalsIgnoreCase(setting);
        this.processStart = enabled ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;
    }

    /** The trace the system property asks for; a disabled trace costs nothing. */
    public static StartupTrace fromSystemProperty() {
        return new StartupTrace(System.getProperty(PROPERTY));
    }

    public boolean enabled() {
        return enabled;
    }

    /** Logs that EVENT happened now. */
    public void mark(String event) {
        if (enabled) {
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.getLogger("com.computetco.startup").log(System.Logger.Level.INFO, "startup-trace " + event + " "
                    + Duration.between(processStart, Instant.now()).toMillis() + " ms, cpu " + cpu + " ms");
        }
    }

    /** Logs EVENT once what the scene shows now is on screen; must be called on the FX thread. */
    public void markWhenPainted(String event) {
        if (!enabled) {
            return;
        }
        afterFrames(2, () -> mark(event));
    }

    /**
     * Logs EVENT once the demo is on screen, then quits if the trace was started for a benchmark (value
     * {@code exit}).
     */
    public void markDemoDrawn(String event) {
        if (!enabled) {
            return;
        }
        afterFrames(2, () -> {
            mark(event);
            if (exitWhenDrawn) {
                Platform.exit();
            }
        });
    }

    /** Runs WORK at the start of the FRAMES-th pulse from now (also used, untraced, to wait for a first paint). */
    public static void afterFrames(int frames, Runnable work) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
