package com.computetco.io.preset;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells NVIDIA quotes from domestic (Chinese) accelerators by the words of a quote's {@code vendor}, {@code model},
 * {@code provider} and {@code accelerator}. Quotes carry no structured maker field, so presets that target "NVIDIA
 * build options" or "options with domestic accelerators" read the names a buyer types; a quote naming neither (or
 * both) belongs to no family and no such preset touches it.
 */
public enum AcceleratorFamily {
    NVIDIA, DOMESTIC, OTHER;

    private static final Pattern NVIDIA_WORDS = Pattern.compile(
            "nvidia|英伟达|\\bhgx\\b|\\bdgx\\b|\\b(h100|h800|h20|h200|h800|a100|a800|b200|b300|gb200|l20|l40s?)\\b");
    private static final Pattern DOMESTIC_WORDS = Pattern.compile(
            "ascend|昇腾|huawei|华为|atlas|910[bc]?\\b|cloudmatrix|kunlun|昆仑|hygon|海光|cambricon|寒武纪|思元|metax|"
                    + "沐曦|biren|壁仞|moore threads|摩尔线程|enflame|燧原|iluvatar|天数|domestic|国产");
    private static final List<String> NAME_FIELDS = List.of("vendor", "model", "provider", "accelerator");

    /** The family of a quote object (a quote file's root, or an option's {@code quote}). */
    public static AcceleratorFamily of(JsonObject quote) {
        String words = words(quote);
        boolean nvidia = NVIDIA_WORDS.matcher(words).find();
        boolean domestic = DOMESTIC_WORDS.matcher(words).find();
        if (nvidia == domestic) {
            return OTHER;
        }
        return nvidia ? NVIDIA : DOMESTIC;
    }

    /** The quote's name fields in lower case, joined by " | ". */
    static String words(JsonObject quote) {
        StringBuilder text = new StringBuilder();
        for (String field : NAME_FIELDS) {
            JsonElement value = quote.get(field);
            if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
                text.append(value.getAsString().toLowerCase(Locale.ROOT)).append(" | ");
            }
        }
        return text.toString();
    }
}
