package com.computetco.template;

import com.computetco.domain.Quote;
import java.util.List;
import java.util.Objects;

/**
 * What reading a filled-in quote template produced: the quotes of the valid rows, with their row numbers, and every
 * problem found, each located by its cell ({@code Quote!H7: price must be a number, got "abc"}). A row with an error
 * yields no quote; the other rows still do. Problems about the file as a whole have no cell.
 */
public record TemplateImport(List<ImportedQuote> rows, List<TemplateProblem> issues) {

    public TemplateImport {
        rows = List.copyOf(rows);
        issues = List.copyOf(issues);
    }

    /** A valid row's quote and its row number in the Quote sheet (1-based, as the spreadsheet shows it). */
    public record ImportedQuote(int row, Quote quote) {
        public ImportedQuote {
            Objects.requireNonNull(quote, "quote");
        }
    }

    /**
     * One problem: {@code cell} is {@code Quote!H7}, or null for the file as a whole; a warning does not stop the
     * row from being imported.
     */
    public record TemplateProblem(String cell, String message, boolean error) {
        public TemplateProblem {
            Objects.requireNonNull(message, "message");
        }

        static TemplateProblem file(String message) {
            return new TemplateProblem(null, message, true);
        }

        @Override
        public String toString() {
            return (cell == null ? "" : cell + ": ") + (error ? "" : "warning: ") + message;
        }
    }

    static TemplateImport refused(String message) {
        return new TemplateImport(List.of(), List.of(TemplateProblem.file(message)));
    }

    /** The valid rows' quotes, in row order. */
    public List<Quote> quotes() {
        return rows.stream().map(ImportedQuote::quote).toList();
    }

    /** Every problem as one line, {@code Quote!D7: reason} ({@code Quote!D7: warning: reason} for a warning). */
    public List<String> problems() {
        return issues.stream().map(TemplateProblem::toString).toList();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(TemplateProblem::error);
    }
}
