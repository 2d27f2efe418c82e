package com.computetco.io;

import com.computetco.rules.DecimalText;
import com.computetco.domain.Money;
import com.computetco.domain.Quote;
import com.computetco.domain.RentalQuote;
import com.computetco.domain.ServerQuote;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the quotes of one imported workbook into a quote folder as one batch: all of them or none.
 *
 * <p>Every file is first written into a staging folder inside the target folder; a failure there (a full disk)
 * removes the staging folder and leaves the folder as it was. Only then are the files renamed into place, each in
 * one step, and the folder is synced once: one sync per batch instead of one per file (4,998 forced writes took
 * a minute). A failure during the renames, which need no new space, is reported with exactly what was and was not
 * written. The quotes can always be imported again from the workbook, so the batch trades the per-file sync of a
 * user's own save for speed; no file is ever left half-written, since each appears by a rename.
 *
 * <p>Each quote records its provenance (workbook, row, import day). Importing the same row of the same workbook
 * again updates the file it made before (kept as NAME.bak), reports what changed, and leaves an identical quote
 * alone; a file of the same name made from another row or by hand is never replaced: the new one gets another
 * name.
 */
public final class QuoteImportBatch {
    private static final int MAX_SLUG = 60;
    private static final String SUFFIX = BundledSamples.QUOTE_SUFFIX;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One quote to write: its row in the workbook and the quote. */
    public record Item(int row, Quote quote) {
    }

    public enum Outcome { NEW, UPDATED, UNCHANGED }

    /** What happened to one row: its file, and for an update what changed (null when only details did). */
    public record Result(Item item, Path file, Outcome outcome, String change) {
    }

    /** A batch that stopped part-way: what was written and which rows were not. */
    public static final class Incomplete extends IOException {
        private final List<Result> written;
        private final List<Item> notWritten;

        Incomplete(String message, List<Result> written, List<Item> notWritten, Throwable cause) {
            super(message, cause);
            this.written = List.copyOf(written);
            this.notWritten = List.copyOf(notWritten);
        }

        public List<Result> written() {
            return written;
        }

        public List<Item> notWritten() {
            return notWritten;
        }
    }

    /** The two file operations of a batch; tests replace them to fail part-way, as a full disk does. */
    interface FileOps {
        void write(Path file, byte[] content) throws IOException;

        void move(Path from, Path to) throws IOException;
    }

    private static final FileOps FILES = new FileOps() {
        @Override
        public void write(Path file, byte[] content) throws IOException {
            Files.write(file, content);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            QuoteImportBatch.move(from, to);
        }
    };

    private QuoteImportBatch() {
    }

    /**
     * Writes {@code items} from {@code workbook} into {@code folder} (created if missing); {@code reader} reads the
     * quote a row made before, to tell an update from an unchanged row.
     *
     * @throws IOException nothing was written, with the reason; or {@link Incomplete} naming what was
     */
    public static List<Result> write(List<Item> items, Path workbook, Path folder, LocalDate today,
            QuoteReader reader) throws IOException {
        return write(items, workbook, folder, today, reader, FILES);
    }

    static List<Result> write(List<Item> items, Path workbook, Path folder, LocalDate today, QuoteReader reader,
            FileOps ops) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot create the folder " + folder + ": " + FileErrors.reason(e, folder), e);
        }
        Map<Path, QuoteProvenance> existing = existingProvenance(folder);
        Set<String> taken = new HashSet<>();
        Map<String, Path> byRow = new HashMap<>();
        for (Map.Entry<Path, QuoteProvenance> e : existing.entrySet()) {
            taken.add(e.getKey().getFileName().toString());
            if (e.getValue() != null) {
                // Of two files from the same row (a copy made by hand), the first by name is the one updated.
                byRow.merge(e.getValue().workbook() + "#" + e.getValue().row(), e.getKey(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Planned> plan = new ArrayList<>();
        for (Item item : items) {
            QuoteProvenance provenance = QuoteProvenance.of(workbook, item.row(), today);
            Path target = byRow.remove(provenance.workbook() + "#" + provenance.row());
            Outcome outcome = Outcome.NEW;
            String change = null;
            if (target != null) {
                Quote before = reader.read(target).valueIfValid().orElse(null);
                if (item.quote().equals(before)) {
                    outcome = Outcome.UNCHANGED;
                } else {
                    outcome = Outcome.UPDATED;
                    change = before == null ? null : priceChange(before, item.quote());
                }
            } else {
                target = folder.resolve(freeName(fileName(item), folder, taken));
            }
            taken.add(target.getFileName().toString());
            plan.add(new Planned(item, target, outcome, change, provenance));
        }
        Path staging = stage(plan, folder, ops);
        try {
            return moveIntoPlace(plan, staging, folder, ops);
        } finally {
            deleteTree(staging);
        }
    }

    /** Writes every changed file into a fresh staging folder; on any failure, removes it and throws. */
    private static Path stage(List<Planned> plan, Path folder, FileOps ops) throws IOException {
        Path staging;
        try {
            staging = Files.createDirectory(folder.resolve(".import-"
                    + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw new IOException("nothing was written: cannot write in " + folder + ": "
                    + FileErrors.reason(e, folder), e);
        }
        try {
            for (Planned p : plan) {
                if (p.outcome != Outcome.UNCHANGED) {
                    ops.write(staging.resolve(p.target.getFileName()), p.provenance.fileBytes(p.item.quote()));
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw new IOException("nothing was written: cannot write in " + folder + ": "
                    + FileErrors.reason(e, folder), e);
        }
        return staging;
    }

    private static List<Result> moveIntoPlace(List<Planned> plan, Path staging, Path folder, FileOps ops)
            throws IOException {
        List<Result> done = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            try {
                if (p.outcome != Outcome.UNCHANGED) {
                    if (p.outcome == Outcome.UPDATED) {
                        AtomicFiles.keepBackup(p.target);
                    }
                    ops.move(staging.resolve(p.target.getFileName()), p.target);
                }
            } catch (IOException | RuntimeException e) {
                List<Item> rest = plan.subList(i, plan.size()).stream().map(q -> q.item).toList();
                throw new Incomplete("cannot write " + p.target + ": " + FileErrors.reason(e, p.target), done, rest,
                        e);
            }
            done.add(new Result(p.item, p.target, p.outcome, p.change));
        }
        AtomicFiles.syncDirectory(folder);
        return done;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The imported quote files already in the folder, by their provenance. */
    private static Map<Path, QuoteProvenance> existingProvenance(Path folder) {
        Map<Path, QuoteProvenance> found = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                found.put(file, QuoteProvenance.read(file).orElse(null));
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable folder: every row is new; the staging write then says why the folder is unusable.
        }
        return found;
    }

    /** "price 2700000 CNY → 2650000 CNY", or null when the price did not change. */
    static String priceChange(Quote before, Quote after) {
        Money was = price(before);
        Money now = price(after);
        if (was.currency().equals(now.currency()) && was.amount().compareTo(now.amount()) == 0) {
            return null;
        }
        return "price " + DecimalText.format(was.amount()) + " " + was.currency() + " → "
                + DecimalText.format(now.amount()) + " " + now.currency();
    }

    private static Money price(Quote quote) {
        return quote instanceof ServerQuote server ? server.unitPrice()
                : ((RentalQuote) quote).pricePerPflopsYear();
    }

    /** The name, or with "-2", "-3"… before the suffix when a file of that name exists or is planned. */
    private static String freeName(String name, Path folder, Set<String> taken) {
        String stem = name.substring(0, name.length() - SUFFIX.length());
        String candidate = name;
        for (int n = 2; taken.contains(candidate) || Files.exists(folder.resolve(candidate)); n++) {
            candidate = stem + "-" + n + SUFFIX;
        }
        return candidate;
    }

    /** {@code vendor-model-rowN.quote.json}, letters and digits of any script kept, everything else a hyphen. */
    public static String fileName(Item row) {
        Quote quote = row.quote();
        String name = quote.supplier() + " " + (quote instanceof ServerQuote server ? server.model()
                : ((RentalQuote) quote).acceleratorName().orElse(quote.kind()));
        return slug(name) + "-row" + row.row() + SUFFIX;
    }

    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        folded.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        });
        String slug = sb.toString();
        if (slug.codePointCount(0, slug.length()) > MAX_SLUG) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_SLUG));
        }
        slug = slug.replaceAll("-+$", "");
        return slug.isEmpty() ? "quote" : slug;
    }

    private static void deleteTree(Path staging) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // best effort below
        }
        try {
            Files.deleteIfExists(staging);
        } catch (IOException | RuntimeException e) {
            // A leftover hidden staging folder harms nothing; the library reads *.quote.json only.
        }
    }

    private record Planned(Item item, Path target, Outcome outcome, String change, QuoteProvenance provenance) {
    }
}
