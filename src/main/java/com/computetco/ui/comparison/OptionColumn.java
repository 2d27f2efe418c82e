package com.computetco.ui.comparison;

import com.computetco.ui.fields.FieldSpec;
import com.computetco.ui.fields.FieldViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One option's column of the comparison sheet: its editable fields, keyed by the field's relative path. */
public final class OptionColumn {
    private final String id;
    private final boolean build;
    private final Map<String, FieldViewModel> fields = new LinkedHashMap<>();

    OptionColumn(String id, boolean build) {
        this.id = id;
        this.build = build;
    }

    void add(FieldSpec spec, FieldViewModel field) {
        fields.put(spec.path(), field);
    }

    public String id() {
        return id;
    }

    public boolean isBuild() {
        return build;
    }

    /** The field for a spec, or empty where the spec does not apply to this option's type. */
    public Optional<FieldViewModel> field(FieldSpec spec) {
        return Optional.ofNullable(fields.get(spec.path()));
    }

    void dispose() {
        fields.values().forEach(FieldViewModel::dispose);
    }
}
