package com.computetco.io;

import com.computetco.domain.Quote;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a quote file in the canonical form {@link QuoteReader} reads back unchanged. */
public final class QuoteWriter {

    private QuoteWriter() {
    }

    public static String toJson(Quote quote) {
        return JsonOutput.render(out -> {
            out.beginObject();
            QuoteJson.write(out, quote);
            out.endObject();
        });
    }

    public static byte[] toBytes(Quote quote) {
        return JsonOutput.utf8(toJson(quote));
    }

    /**
     * Saves atomically, keeping the version it replaces as {@code NAME.bak} beside it (see
     * {@link AtomicFiles#write(Path, byte[], boolean)}): on failure the previous file is left as it was.
     */
    public static void write(Quote quote, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(quote), true);
    }
}
