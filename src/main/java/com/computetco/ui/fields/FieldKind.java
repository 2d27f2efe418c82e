package com.computetco.ui.fields;

/** What an editable field holds, which decides its control and how its text becomes a JSON value. */
public enum FieldKind {
    DECIMAL,
    INTEGER,
    TEXT,
    /** Optional text: empty removes the field. */
    OPTIONAL_TEXT,
    BOOLEAN,
    /** One of a fixed list of JSON strings (dense / sparse). */
    CHOICE,
    CURRENCY,
    /** ISO date, optional. */
    DATE;

    public boolean isNumeric() {
        return this == DECIMAL || this == INTEGER;
    }
}
