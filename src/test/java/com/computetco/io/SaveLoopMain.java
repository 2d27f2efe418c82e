package com.computetco.io;

import com.computetco.domain.Scenario;
import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The process {@link CrashSafeSaveTest} kills: saves two scenarios alternately to one file with
 * {@link ScenarioWriter#write}, forever. Prints {@value #READY} once saving is under way, so the test can kill it
 * mid-save rather than while the JVM starts.
 *
 * <p>Arguments: the target file, then the two versions' files as the test wrote them.
 */
public final class SaveLoopMain {
    static final String READY = "saving";

    private SaveLoopMain() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Scenario[] versions = {read(Path.of(args[1])), read(Path.of(args[2]))};
        for (long i = 0; ; i++) {
            ScenarioWriter.write(versions[(int) (i % 2)], target);
            if (i == 3) {
                System.out.println(READY);
                System.out.flush();
            }
        }
    }

    private static Scenario read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Scenario scenario = new ScenarioReader(Scenarios.TODAY).read(bytes).valueIfValid()
                .orElseThrow(() -> new IllegalArgumentException("not a valid scenario: " + file));
        if (!Arrays.equals(bytes, ScenarioWriter.toBytes(scenario))) {
            throw new IllegalArgumentException("not in canonical form, so a save would not be byte-equal: " + file);
        }
        return scenario;
    }
}
