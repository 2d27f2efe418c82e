package com.computetco.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample quotes and demo scenarios the build copies into the jar (see the {@code bundle-icons-and-samples}
 * execution in pom.xml), under the classpath folder {@value #FOLDER}. Works from a classes directory (the IDE,
 * {@code mvn test}) and from inside the shaded jar, where a folder cannot be listed through the class loader:
 * there the jar's entries are scanned.
 *
 * <p>The folder is found through its own resource URL, or, when the jar carries no directory entries, through
 * the URL of {@link #MAIN_DEMO}, which is always bundled. Thread-safe; every call looks again.
 */
public final class BundledSamples {
    /** The classpath folder, as a class-loader resource name (no leading slash, trailing slash). */
    public static final String FOLDER = "com/computetco/bundled/sample-quotes/";
    /** The demo scenario the app opens on first start. */
    public static final String MAIN_DEMO = "inference-cluster-2026.scenario.json";
    public static final String QUOTE_SUFFIX = ".quote.json";
    public static final String SCENARIO_SUFFIX = ".scenario.json";

    private final ClassLoader loader;

    /** The samples bundled with this build. */
    public BundledSamples() {
        this(classLoaderOf(BundledSamples.class));
    }

    /** The samples visible to another class loader; tests use a loader over a jar they built. */
    public BundledSamples(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Every bundled JSON file name, sorted; empty when nothing is bundled (a build without the samples).
     *
     * @throws UncheckedIOException when the folder or the jar cannot be read: the installation is damaged
     */
    public List<String> fileNames() {
        try {
            URL folder = loader.getResource(FOLDER);
            if (folder != null) {
                return list(folder, false);
            }
            URL anchor = loader.getResource(FOLDER + MAIN_DEMO);
            if (anchor != null) {
                return list(anchor, true);
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled samples: " + e.getMessage(), e);
        }
    }

    /** The {@code *.quote.json} files, sorted by name. */
    public List<String> quoteFileNames() {
        return fileNames().stream().filter(BundledSamples::isQuoteFile).toList();
    }

    /** The {@code *.scenario.json} files, sorted by name. */
    public List<String> scenarioFileNames() {
        return fileNames().stream().filter(BundledSamples::isScenarioFile).toList();
    }

    /** Whether {@code fileName} is bundled. */
    public boolean contains(String fileName) {
        return isPlainName(fileName) && loader.getResource(FOLDER + fileName) != null;
    }

    /**
     * The bytes of one bundled file.
     *
     * @param fileName a name as listed, such as {@code dealer-hgx-h100.quote.json}; no folders
     * @throws UncheckedIOException when it is not bundled (the cause is a {@link NoSuchFileException}) or cannot
     *         be read: bundled files are part of the application, so this is a broken build, not a user error
     * @throws IllegalArgumentException when the name has a folder part
     */
    public byte[] read(String fileName) {
        if (!isPlainName(fileName)) {
            throw new IllegalArgumentException("not a bundled file name: " + fileName);
        }
        try (InputStream in = loader.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new NoSuchFileException("/" + FOLDER + fileName, null, "not bundled");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sample " + fileName + ": " + e.getMessage(), e);
        }
    }

    public static boolean isQuoteFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(QUOTE_SUFFIX);
    }

    public static boolean isScenarioFile(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(SCENARIO_SUFFIX);
    }

    private static boolean isPlainName(String fileName) {
        return fileName != null && !fileName.isEmpty() && !fileName.equals(".") && !fileName.equals("..")
                && fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0;
    }

    /** Lists the folder behind a URL: the folder itself, or (when {@code isFile}) the folder of that file. */
    private static List<String> list(URL url, boolean isFile) throws IOException {
        String protocol = url.getProtocol();
        if ("file".equals(protocol)) {
            Path path;
            try {
                path = Path.of(url.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("cannot locate the bundled samples at " + url, e);
            }
            return listDirectory(isFile ? path.getParent() : path);
        }
        if ("jar".equals(protocol)) {
            return listJar(url);
        }
        throw new IOException("cannot list the bundled samples at " + url + " (protocol " + protocol + ")");
    }

    private static List<String> listDirectory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(BundledSamples::isJson)
                    .sorted()
                    .toList();
        }
    }

    /**
     * Scans the entries of the jar behind a {@code jar:file:...!/...} URL; works without directory entries. The
     * jar is opened as a local file, never through a URL connection (the app opens no connections at all).
     */
    private static List<String> listJar(URL url) throws IOException {
        String spec = url.toString();
        int separator = spec.indexOf("!/");
        if (!spec.startsWith("jar:") || separator < 0) {
            throw new IOException("cannot list the bundled samples at " + url);
        }
        Path jarPath;
        try {
            jarPath = Path.of(new java.net.URI(spec.substring("jar:".length(), separator)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot locate the bundled samples at " + url, e);
        }
        TreeSet<String> names = new TreeSet<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(FOLDER)) {
                    continue;
                }
                String rest = name.substring(FOLDER.length());
                if (isPlainName(rest) && isJson(rest)) {
                    names.add(rest);
                }
            }
        }
        return List.copyOf(names);
    }

    private static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static ClassLoader classLoaderOf(Class<?> type) {
        ClassLoader own = type.getClassLoader();
        return own != null ? own : ClassLoader.getSystemClassLoader();
    }
}
