package com.computetco.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Undo and redo over snapshots, driven the way EditSession drives it: each edit records the state it replaced. */
class UndoHistoryTest {
    private final UndoHistory<String> history = new UndoHistory<>();
    private String current = "v0";

    /** An edit as the session makes it: the new state replaces the current one, which is recorded. */
    private void edit(String next) {
        history.recordEdit(current);
        current = next;
    }

    private void undo() {
        current = history.undo(current);
    }

    private void redo() {
        current = history.redo(current);
    }

    @Test
    void aFreshHistoryCanNeitherUndoNorRedo() {
        assertFalse(history.canUndoProperty().get());
        assertFalse(history.canRedoProperty().get());
        assertThrows(NoSuchElementException.class, () -> history.undo("v0"));
        assertThrows(NoSuchElementException.class, () -> history.redo("v0"));
    }

    /** A script of edits (e), undos (u) and redos (r), the state it ends in, and what can be undone or redone then. */
    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # script  | state | can undo | can redo
            e         | v1    | true     | false
            eu        | v0    | false    | true
            eur       | v1    | true     | false
            eee       | v3    | true     | false
            eeeuu     | v1    | true     | true
            eeeuuu    | v0    | false    | true
            eeeuuurrr | v3    | true     | false
            eeeuur    | v2    | true     | true
            eeueu     | v1    | true     | true
            eeuue     | v3    | true     | false
            """)
    void followsAScriptOfEditsUndosAndRedos(String script, String state, boolean canUndo, boolean canRedo) {
        int edits = 0;
        for (char step : script.toCharArray()) {
            switch (step) {
                case 'e' -> edit("v" + ++edits);
                case 'u' -> undo();
                case 'r' -> redo();
                default -> throw new IllegalArgumentException(script);
            }
        }
        assertEquals(state, current, script);
        assertEquals(canUndo, history.canUndoProperty().get(), script + ": can undo");
        assertEquals(canRedo, history.canRedoProperty().get(), script + ": can redo");
    }

    @Test
    void aNewEditAfterAnUndoDropsTheRedoBranch() {
        edit("v1");
        edit("v2");
        undo();
        assertTrue(history.canRedoProperty().get());
        edit("v2b");
        assertFalse(history.canRedoProperty().get(), "v2 is gone for good");
        assertThrows(NoSuchElementException.class, this::redo);
        undo();
        assertEquals("v1", current, "undo goes back past the new edit to where it branched");
        redo();
        assertEquals("v2b", current);
    }

    @Test
    void keepsTheLastFiveHundredEditsAndForgetsTheOldest() {
        for (int i = 1; i <= 501; i++) {
            edit("v" + i);
        }
        int undone = 0;
        while (history.canUndoProperty().get()) {
            undo();
            undone++;
        }
        assertEquals(500, undone);
        assertEquals("v1", current, "v0, the oldest, fell off the end");
        for (int i = 0; i < 500; i++) {
            redo();
        }
        assertEquals("v501", current, "every undone step can be redone");
        assertFalse(history.canRedoProperty().get());
    }

    @Test
    void clearForgetsBothWays() {
        edit("v1");
        edit("v2");
        undo();
        history.clear();
        assertFalse(history.canUndoProperty().get());
        assertFalse(history.canRedoProperty().get());
        assertThrows(NoSuchElementException.class, this::undo);
        assertEquals("v1", current, "clearing leaves the current state alone");
    }

    @Test
    void theFlagsNotifyListenersAsTheyChange() {
        int[] changes = new int[2];
        history.canUndoProperty().addListener((o, was, now) -> changes[0]++);
        history.canRedoProperty().addListener((o, was, now) -> changes[1]++);
        edit("v1");
        undo();
        redo();
        assertEquals(3, changes[0], "undo: off -> on, on -> off, off -> on");
        assertEquals(2, changes[1], "redo: off -> on, on -> off");
    }
}
