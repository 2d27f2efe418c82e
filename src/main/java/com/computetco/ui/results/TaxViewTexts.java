package com.computetco.ui.results;

/**
 * The texts of the pre-tax / after-tax switch.
 *
 * @param disabledHint why the after-tax view cannot be chosen (no tax block)
 */
public record TaxViewTexts(String preTax, String afterTax, String disabledHint) {
}
