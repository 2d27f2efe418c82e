package com.computetco.ui.risk;

import com.computetco.ui.fields.FieldViewModel;
import java.util.List;

/** An option's Monte Carlo ranges in the risk tab: its lead time (build) and retraining months. */
public record OptionRanges(String label, List<FieldViewModel> fields) {
    public OptionRanges {
        fields = List.copyOf(fields);
    }
}
