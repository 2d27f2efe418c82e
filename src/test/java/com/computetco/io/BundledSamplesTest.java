package com.computetco.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.testing.Scenarios;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled samples as the build copies them to target/classes, and as the shaded jar holds them. */
class BundledSamplesTest {
    private static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("sample-quotes");

    private final BundledSamples samples = new BundledSamples();

    @TempDir
    Path temp;

    private static List<String> sampleFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void listsTheTwentyFourQuotesSorted() throws IOException {
        List<String> quotes = samples.quoteFileNames();

        assertEquals(24, quotes.size());
        assertEquals(sampleFiles(".quote.json"), quotes);
        assertEquals(quotes.stream().sorted().toList(), quotes);
    }

    @Test
    void listsTheDemoScenarios() throws IOException {
        List<String> scenarios = samples.scenarioFileNames();

        assertEquals(sampleFiles(".scenario.json"), scenarios);
        assertTrue(scenarios.contains(BundledSamples.MAIN_DEMO));
        assertEquals(31, samples.fileNames().size());
    }

    @Test
    void readsTheSameBytesAsTheSampleFolder() throws IOException {
        for (String name : samples.fileNames()) {
            assertArrayEquals(Files.readAllBytes(SAMPLES.resolve(name)), samples.read(name), name);
        }
    }

    @Test
    void everyBundledQuoteIsAValidQuote() throws IOException {
        QuoteReader reader = Scenarios.quoteReader();
        for (String name : samples.quoteFileNames()) {
            ReadResult<?> result = reader.read(samples.read(name));
            assertTrue(result.isValid(), name + ": " + result.problems());
        }
    }

    @Test
    void theMainDemoIsBundled() throws IOException {
        assertTrue(samples.contains(BundledSamples.MAIN_DEMO));
        assertTrue(samples.read(BundledSamples.MAIN_DEMO).length > 0);
        assertFalse(samples.contains("nothing.quote.json"));
    }

    @Test
    void readingAFileThatIsNotBundledFails() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> samples.read("nothing.quote.json"));
        assertInstanceOf(NoSuchFileException.class, e.getCause());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../quotes.properties", "sub/file.json", "..", "", "a\\b.json"})
    void namesWithFoldersAreRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> samples.read(name));
        assertFalse(samples.contains(name));
    }

    @Test
    void aClassPathWithoutSamplesListsNothing() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null)) {
            BundledSamples none = new BundledSamples(empty);

            assertEquals(List.of(), none.fileNames());
            assertEquals(List.of(), none.quoteFileNames());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void listsAndReadsFromInsideAJar(boolean withDirectoryEntries) throws IOException {
        Path jar = temp.resolve("app with space.jar");
        List<String> names = samples.fileNames();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (withDirectoryEntries) {
                String dir = "";
                for (String part : BundledSamples.FOLDER.split("/")) {
                    dir += part + "/";
                    out.putNextEntry(new JarEntry(dir));
                    out.closeEntry();
                }
            }
            for (String name : names) {
                put(out, BundledSamples.FOLDER + name, samples.read(name));
            }
            put(out, "com/computetco/bundled/icons/icon.png", new byte[] {1, 2, 3});
            put(out, BundledSamples.FOLDER + "README.md", "not json".getBytes());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            BundledSamples inJar = new BundledSamples(loader);

            assertEquals(names, inJar.fileNames());
            assertEquals(samples.quoteFileNames(), inJar.quoteFileNames());
            assertEquals(samples.scenarioFileNames(), inJar.scenarioFileNames());
            assertArrayEquals(samples.read(BundledSamples.MAIN_DEMO), inJar.read(BundledSamples.MAIN_DEMO));
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(bytes);
        out.closeEntry();
    }
}
