package com.computetco.io.preset;

/**
 * One field a preset changed, by the path the readers use ({@code options[2].quote.unitPrice.amount}), with its
 * JSON text before (null when absent) and after.
 */
public record PresetChange(String path, String before, String after) {
}
