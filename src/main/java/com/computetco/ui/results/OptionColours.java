package com.computetco.ui.results;

/**
 * One colour per option, by its position in the scenario, the same in every chart, legend, payback marker and
 * table swatch. JavaFX's default palette numbers series instead, so a payback marker (a series of its own) got
 * another option's colour, and it repeats after eight options.
 */
public final class OptionColours {
    /** Tableau 10: ten colours told apart by most readers, including most with colour-vision deficiency. */
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    private OptionColours() {
    }

    /** The colour of the option at this position in the scenario, as a CSS colour. */
    public static String of(int optionIndex) {
        return PALETTE[Math.floorMod(optionIndex, PALETTE.length)];
    }
}
