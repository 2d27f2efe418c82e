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
     * row from being imported. What it says is a code and its arguments (texts, a {@link TemplateLabel}, or a
     * {@link com.computetco.rules.Problem} of the quote rules), said by {@link TemplateProblemMessages}.
     */
    public record TemplateProblem(String cell, TemplateProblemCode code, List<Object> args, boolean error) {
        public TemplateProblem {
            Objects.requireNonNull(code, "code");
            args = List.copyOf(args);
        }

        static TemplateProblem at(String cell, boolean error, TemplateProblemCode code, Object... args) {
            return new TemplateProblem(cell, code, List.of(args), error);
        }

        static TemplateProblem file(TemplateProblemCode code, Object... args) {
            return at(null, true, code, args);
        }

        /** The reason in English, as the CLI prints it. */
        public String message() {
            return TemplateProblemMessages.english(this);
        }

        @Override
        public String toString() {
            return (cell == null ? "" : cell + ": ") + (error ? "" : "warning: ") + message();
        }
    }

    static TemplateImport refused(TemplateProblem problem) {
        return new TemplateImport(List.of(), List.of(problem));
    }

    static TemplateImport refused(TemplateProblemCode code, Object... args) {
        return refused(TemplateProblem.file(code, args));
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
