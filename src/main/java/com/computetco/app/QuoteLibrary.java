package com.computetco.app;

import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import com.computetco.i18n.Messages;
import com.computetco.io.BundledSamples;
import com.computetco.io.QuoteImportBatch;
import com.computetco.io.QuoteReader;
import com.computetco.io.QuoteWriter;
import com.computetco.io.ReadResult;
import com.computetco.rules.Problem;
import com.computetco.rules.ProblemCode;
import com.computetco.template.QuoteTemplateReader;
import com.computetco.template.TemplateImport;
import com.computetco.template.TemplateProblemMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The quote library's files, without any window: the bundled samples, the user's quote folder, quote files and
 * filled-in vendor templates to import, and saving a quote into the folder. Every method returns plain values, so
 * a caller may run it on any thread; files that cannot be read are reported as {@link Failed}, never thrown.
 */
public final class QuoteLibrary {
    /** Where a listed quote came from. */
    public enum Origin {
        /** A sample shipped inside the application. */
        BUNDLED,
        /** A file in the user's quote folder. */
        USER,
        /** A file imported in this session (or a template row that could not be saved). */
        IMPORTED
    }

    /** A quote read, with where it came from; {@code path} is null for a bundled sample. */
    public record Loaded(Quote quote, Origin origin, String fileName, Path path) {
    }

    /** A file that could not be read (or a template with problems): its display name and its problems. */
    public record Failed(String fileName, List<Problem> problems) {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    /** What a read or an import found. */
    public record Contents(List<Loaded> quotes, List<Failed> failures) {
        public Contents {
            quotes = List.copyOf(quotes);
            failures = List.copyOf(failures);
        }
    }

    private final QuoteReader reader;
    private final BundledSamples samples;
    private final Path folder;
    private final Clock clock;

    /**
     * @param folder the user's own quotes (the app passes ~/.compute-tco/quotes); created when missing
     * @param clock today's date, for template rows and their file names
     */
    public QuoteLibrary(QuoteReader reader, BundledSamples samples, Path folder, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.samples = Objects.requireNonNull(samples, "samples");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Path folder() {
        return folder;
    }

    /**
     * The bundled samples, then every quote file in the user's folder (creating it when missing; scenario files
     * are left out), sorted by name.
     *
     * @param bundledName the name a failure to list the bundled samples is reported under
     */
    public Contents read(String bundledName) {
        List<Loaded> quotes = new ArrayList<>();
        List<Failed> failures = new ArrayList<>();
        try {
            for (String name : samples.quoteFileNames()) {
                ReadResult<Quote> result;
                try {
                    result = reader.read(samples.read(name));
                } catch (UncheckedIOException e) {
                    result = ReadResult.failure(Problem.error(Problem.ROOT, ProblemCode.CANNOT_READ, describe(e)));
                }
                collect(result, Origin.BUNDLED, name, null, quotes, failures);
            }
        } catch (UncheckedIOException e) {
            failures.add(new Failed(bundledName,
                    List.of(Problem.error(Problem.ROOT, ProblemCode.CANNOT_LIST_SAMPLES, describe(e)))));
        }
        for (Path file : userFiles(failures)) {
            collect(reader.read(file), Origin.USER, file.getFileName().toString(), file, quotes, failures);
        }
        return new Contents(quotes, failures);
    }

    /**
     * Reads quote files and filled-in templates. A template's valid rows are saved into the user's folder (and
     * listed from there); rows that could not be saved are listed for this session, the reason among the
     * failures. Template problems are written in {@code language}.
     */
    public Contents importFiles(List<Path> files, Messages language) {
        List<Loaded> quotes = new ArrayList<>();
        List<Failed> failures = new ArrayList<>();
        for (Path file : files) {
            if (FileKinds.of(file) == FileKinds.Kind.WORKBOOK) {
                collectTemplate(file, language, quotes, failures);
            } else {
                collect(reader.read(file), Origin.IMPORTED, displayName(file), file, quotes, failures);
            }
        }
        return new Contents(quotes, failures);
    }

    /**
     * Writes the quote into the user's folder as {@code NAME.quote.json}, atomically, named after its supplier
     * (and model); a name already taken by a different quote gets a number, the same quote keeps its file.
     *
     * @return the file written
     */
    public Path save(Quote quote) throws IOException {
        String name = quote instanceof ServerQuote s ? s.vendor() + " " + s.model() : ((RentalQuote) quote).provider();
        String stem = name.replaceAll("[\\\\/:*?\"<>|\\s]+", "-").replaceAll("(^-+|-+$)", "");
        stem = stem.isEmpty() ? "quote" : stem.length() > 60 ? stem.substring(0, 60) : stem;
        Files.createDirectories(folder);
        byte[] bytes = QuoteWriter.toBytes(quote);
        Path target = folder.resolve(FileKinds.quoteFileName(stem));
        for (int n = 2; Files.exists(target) && !Arrays.equals(Files.readAllBytes(target), bytes); n++) {
            target = folder.resolve(FileKinds.quoteFileName(stem + "-" + n));
        }
        QuoteWriter.write(quote, target);
        return target;
    }

    private List<Path> userFiles(List<Failed> failures) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(FileKinds::isQuoteJson)
                        .filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .toList();
            }
        } catch (IOException | RuntimeException e) {
            failures.add(new Failed(folder.toString(),
                    List.of(Problem.error(Problem.ROOT, ProblemCode.CANNOT_READ_FOLDER, describe(e)))));
            return List.of();
        }
    }

    /**
     * A vendor's filled-in quote template: every valid row is saved to the user's quote folder (so it is in the
     * library after a restart) and listed from there; importing the same row again updates its file instead of
     * adding a duplicate. Every problem is named by its cell.
     */
    private void collectTemplate(Path file, Messages language, List<Loaded> quotes, List<Failed> failures) {
        TemplateImport read = QuoteTemplateReader.read(file, reader);
        List<QuoteImportBatch.Item> items = read.rows().stream()
                .map(row -> new QuoteImportBatch.Item(row.row(), row.quote())).toList();
        List<QuoteImportBatch.Item> unsaved = items;
        Problem saveProblem = null;
        if (!items.isEmpty()) {
            try {
                for (QuoteImportBatch.Result saved : QuoteImportBatch.write(items, file, folder, today(), reader)) {
                    quotes.add(new Loaded(saved.item().quote(), Origin.USER, saved.file().getFileName().toString(),
                            saved.file()));
                }
                unsaved = List.of();
            } catch (QuoteImportBatch.Incomplete e) {
                for (QuoteImportBatch.Result saved : e.written()) {
                    quotes.add(new Loaded(saved.item().quote(), Origin.USER, saved.file().getFileName().toString(),
                            saved.file()));
                }
                unsaved = e.notWritten();
                saveProblem = Problem.error(Problem.ROOT, ProblemCode.NOT_SAVED, folder.toString(),
                        String.valueOf(e.getMessage()));
            } catch (IOException e) {
                saveProblem = Problem.error(Problem.ROOT, ProblemCode.NOT_SAVED, folder.toString(),
                        String.valueOf(e.getMessage()));
            }
        }
        for (QuoteImportBatch.Item row : unsaved) {
            // Listed for this session only, told apart by its row number.
            Path rowPath = Path.of(file.toAbsolutePath() + "#" + row.row());
            quotes.add(new Loaded(row.quote(), Origin.IMPORTED, displayName(file) + " #" + row.row(), rowPath));
        }
        List<Problem> problems = new ArrayList<>(read.issues().stream()
                .map(p -> p.error()
                        ? Problem.error(p.cell() == null ? Problem.ROOT : p.cell(), ProblemCode.SAID,
                                TemplateProblemMessages.text(p, language))
                        : Problem.warning(p.cell() == null ? Problem.ROOT : p.cell(), ProblemCode.SAID,
                                TemplateProblemMessages.text(p, language)))
                .toList());
        if (saveProblem != null) {
            problems.add(saveProblem);
        }
        if (!problems.isEmpty()) {
            failures.add(new Failed(displayName(file), problems));
        }
    }

    private static void collect(ReadResult<Quote> result, Origin origin, String name, Path path, List<Loaded> quotes,
            List<Failed> failures) {
        if (result.isValid()) {
            quotes.add(new Loaded(result.value(), origin, name, path));
        } else {
            failures.add(new Failed(name, result.problems()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name != null ? name.toString() : file.toString();
    }

    /** An exception's message, or its kind where it has none. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
