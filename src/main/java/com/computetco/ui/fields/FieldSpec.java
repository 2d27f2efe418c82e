package com.computetco.ui.fields;

import java.util.List;

/**
 * An editable field: its path relative to the scenario (or to an option, for option fields), its kind, and to
 * which option types it applies. Labels, units and tooltips are the bundle keys {@code field.KEY.label},
 * {@code field.KEY.unit} and {@code field.KEY.tip}, with KEY the path without indices.
 */
public record FieldSpec(String path, FieldKind kind, List<String> choices, Applies applies, String group) {

    /** Which options a field belongs to. */
    public enum Applies { ALL, BUILD, RENT }

    public FieldSpec {
        choices = List.copyOf(choices);
    }

    static FieldSpec of(String group, String path, FieldKind kind) {
        return new FieldSpec(path, kind, List.of(), Applies.ALL, group);
    }

    static FieldSpec build(String group, String path, FieldKind kind) {
        return new FieldSpec(path, kind, List.of(), Applies.BUILD, group);
    }

    static FieldSpec rent(String group, String path, FieldKind kind) {
        return new FieldSpec(path, kind, List.of(), Applies.RENT, group);
    }

    FieldSpec choices(String... values) {
        return new FieldSpec(path, kind, List.of(values), applies, group);
    }

    public boolean appliesTo(boolean buildOption) {
        return applies == Applies.ALL || (applies == Applies.BUILD) == buildOption;
    }
}
