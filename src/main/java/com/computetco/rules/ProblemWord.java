package com.computetco.rules;

/**
 * A word inside a problem's sentence that is itself translated, such as the kind of value a file held where
 * another was expected ("got a string"): the renderer looks up {@link #key()} in the bundles.
 */
public interface ProblemWord {
    /** The bundle key of the word. */
    String key();
}
