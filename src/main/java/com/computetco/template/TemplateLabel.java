package com.computetco.template;

/**
 * A column named inside a template problem: said in English as {@code english} (the template's own label, or a
 * fuller name such as "lead time (min, likely, max)"), and in another language by the column's header text.
 * {@code column} is null for a field the template has no column for; then the English name is kept.
 */
public record TemplateLabel(TemplateColumn column, String english) {
    static TemplateLabel of(TemplateColumn column, String kind) {
        return new TemplateLabel(column, column.label(kind));
    }

    @Override
    public String toString() {
        return english;
    }
}
