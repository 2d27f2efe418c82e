package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes arrive, reading returns a scenario or at least one error, and never throws. */
class ScenarioReaderRobustnessProperties {
    private static final byte[] EXAMPLE = Scenarios.workedExampleBytes();
    private final ScenarioReader reader = new ScenarioReader(Scenarios.TODAY);

    private void assertValueOrError(byte[] bytes) {
        ReadResult<Scenario> result = reader.read(bytes);
        assertTrue(result.isValid() != !result.errors().isEmpty(), () -> result.problems().toString());
    }

    @Property(tries = 300)
    void randomBytes(@ForAll @Size(max = 2000) byte[] bytes) {
        assertValueOrError(bytes);
    }

    @Property(tries = 300)
    void truncatedExample(@ForAll("lengths") int length) {
        assertValueOrError(Arrays.copyOf(EXAMPLE, length));
    }

    @Property(tries = 500)
    void exampleWithOneByteChanged(@ForAll("positions") int position, @ForAll byte value) {
        byte[] bytes = EXAMPLE.clone();
        bytes[position] = value;
        assertValueOrError(bytes);
    }

    @Property(tries = 100)
    void exampleWithBracketsInserted(@ForAll("positions") int position, @ForAll("bracketRuns") int count) {
        byte[] bracket = "[".repeat(count).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = new byte[EXAMPLE.length + bracket.length];
        System.arraycopy(EXAMPLE, 0, bytes, 0, position);
        System.arraycopy(bracket, 0, bytes, position, bracket.length);
        System.arraycopy(EXAMPLE, position, bytes, position + bracket.length, EXAMPLE.length - position);
        assertValueOrError(bytes);
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, EXAMPLE.length);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, EXAMPLE.length - 1);
    }

    @Provide
    Arbitrary<Integer> bracketRuns() {
        return Arbitraries.integers().between(1, 100_000);
    }
}
