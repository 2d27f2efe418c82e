package com.computetco.io;

import com.computetco.domain.Quote;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an imported quote came from: the vendor's workbook, its row, and the day it was imported. Kept in the quote
 * file as an optional {@code "imported": {"workbook": "/path/vendor.xlsx", "row": 4, "date": "2026-11-29"}} that the
 * quote reader accepts and ignores, so a quote keeps its domain form and a re-import finds the file it made before.
 */
public record QuoteProvenance(String workbook, int row, LocalDate importedOn) {
    static final String KEY = "imported";

    public QuoteProvenance {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(importedOn, "importedOn");
    }

    /** The provenance of a workbook's row imported today; the workbook is named by its absolute path. */
    public static QuoteProvenance of(Path workbook, int row, LocalDate today) {
        return new QuoteProvenance(workbook.toAbsolutePath().normalize().toString(), row, today);
    }

    /** Same workbook and row: the import of the same line of the same file. */
    public boolean sameRow(QuoteProvenance other) {
        return other != null && workbook.equals(other.workbook) && row == other.row;
    }

    /** The file's provenance, if it is an imported quote file that can be read. */
    public static Optional<QuoteProvenance> read(Path quoteFile) {
        ReadResult<JsonElement> parsed = JsonSource.load(quoteFile);
        if (!parsed.isValid() || !parsed.value().isJsonObject()) {
            return Optional.empty();
        }
        JsonElement imported = parsed.value().getAsJsonObject().get(KEY);
        if (imported == null || !imported.isJsonObject()) {
            return Optional.empty();
        }
        JsonObject o = imported.getAsJsonObject();
        try {
            return Optional.of(new QuoteProvenance(o.get("workbook").getAsString(), o.get("row").getAsInt(),
                    LocalDate.parse(o.get("date").getAsString())));
        } catch (RuntimeException e) {
            return Optional.empty(); // DateTimeParseException, a missing member: a hand-edited file, not ours
        }
    }

    /** The quote file's bytes: the canonical quote, then this provenance. */
    public byte[] fileBytes(Quote quote) {
        String json = QuoteWriter.toJson(quote);
        int end = json.lastIndexOf('}');
        StringWriter member = new StringWriter();
        try (JsonWriter writer = new JsonWriter(member)) {
            writer.beginObject();
            writer.name("workbook").value(workbook);
            writer.name("row").value(row);
            writer.name("date").value(importedOn.toString());
            writer.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        String body = json.substring(0, end).stripTrailing();
        return JsonOutput.utf8(body + ",\n  \"" + KEY + "\": " + member + "\n" + json.substring(end));
    }

}
