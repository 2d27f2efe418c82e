package com.computetco.engine.risk;

/**
 * The value of one input at which an option's total cost ties the baseline's, all else as in the scenario.
 *
 * <ul>
 *   <li>{@link Kind#TIE}: at {@code value} the two totals are equal (solved exactly where the totals are linear
 *       in the input, by bisection elsewhere);</li>
 *   <li>{@link Kind#THRESHOLD}: the totals jump past each other there (lead times and efficiency count whole
 *       months and whole servers), so there is no exact tie; at {@code value} the option is no dearer;</li>
 *   <li>{@link Kind#NONE}: no value within the input's valid range makes them tie ({@code value} null).</li>
 * </ul>
 * {@code cheaperWhen} tells on which side of the value the option is the cheaper one: it "matches the baseline if
 * the input is at least (or at most) the value".
 */
public record BreakEvenAnswer(Input input, double current, Double value, Kind kind, Direction cheaperWhen) {

    public enum Kind {
        TIE, THRESHOLD, NONE
    }

    public enum Direction {
        AT_LEAST("atLeast"), AT_MOST("atMost");

        private final String key;

        Direction(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    static BreakEvenAnswer none(Input input, double current) {
        return new BreakEvenAnswer(input, current, null, Kind.NONE, null);
    }
}
