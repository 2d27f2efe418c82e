package com.computetco.ui.risk;

import com.computetco.ui.platform.BackgroundTask;
import com.computetco.ui.platform.TaskExecutor;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One answer of the risk tab (the tornado, the break-even answers) kept up to date with what it is asked about
 * (its key: the scenario as it is now, the chosen option, the language), under the rule of issue 10: computed
 * only while the tab is shown, in the background, and only for the current key. A newer key cancels the
 * computation in flight, so an answer for an older state is never shown.
 *
 * @param <K> what the answer depends on; equal keys have equal answers
 * @param <T> the answer
 */
final class ShownAnswer<K, T> {
    private final TaskExecutor executor;
    private final Supplier<K> currentKey;
    private final Function<K, T> compute;
    private final Consumer<T> show;
    private final Consumer<Throwable> failed;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private boolean active;
    /** The key of the answer shown or being computed; null when none. */
    private K asked;
    private BackgroundTask<T> inFlight;

    /**
     * @param compute runs in the background: it must read nothing but its key
     * @param show    receives each answer on the UI thread
     * @param failed  receives a failure on the UI thread; the same key is tried again at the next refresh
     */
    ShownAnswer(TaskExecutor executor, Supplier<K> currentKey, Function<K, T> compute, Consumer<T> show,
            Consumer<Throwable> failed) {
        this.executor = Objects.requireNonNull(executor);
        this.currentKey = Objects.requireNonNull(currentKey);
        this.compute = Objects.requireNonNull(compute);
        this.show = Objects.requireNonNull(show);
        this.failed = Objects.requireNonNull(failed);
    }

    /** True while an answer is being computed. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    /** Brings the answer up to the current key, if the tab is shown and it is not already. */
    void refresh() {
        if (!active) {
            return;
        }
        K key = currentKey.get();
        if (Objects.equals(key, asked)) {
            return;
        }
        if (inFlight != null) {
            inFlight.cancel();
        }
        asked = key;
        busy.set(true);
        BackgroundTask<T> task = BackgroundTask.wrap(() -> compute.apply(key));
        inFlight = task;
        task.onSuccess(answer -> {
            inFlight = null;
            busy.set(false);
            show.accept(answer);
        }).onFailure(error -> {
            inFlight = null;
            busy.set(false);
            asked = null;
            failed.accept(error);
        }).executeWith(executor);
    }

    /** Forgets the answer (another document was opened); a shown tab computes the current one at once. */
    void reset() {
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        asked = null;
        busy.set(false);
        refresh();
    }
}
