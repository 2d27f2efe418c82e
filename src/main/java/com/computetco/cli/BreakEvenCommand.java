package com.computetco.cli;

import com.computetco.domain.Scenario;
import com.computetco.engine.risk.BreakEvenAnalysis;
import com.computetco.engine.risk.BreakEvenAnswer;
import com.computetco.engine.risk.BreakEvenResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.text.RiskTexts;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code breakeven FILE [--option ID] [--format json|table] [--lang en|zh]}. */
final class BreakEvenCommand implements Command {
    private final ScenarioFiles files;

    BreakEvenCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "breakeven";
    }

    @Override
    public String summary() {
        return "the value of each key input at which an option's total cost ties the baseline's";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco breakeven FILE [--option ID] [--format json|table] [--lang en|zh]

                For each option (or the one given) and each key input - the baseline's rent price, the option's
                server price, the electricity price, its own rent price, efficiency, lead time, retraining months,
                residual value, PUE and the annual rent change - the value at which the option's total cost ties
                the baseline's, all else as in the scenario. Exact where the totals are linear in the input,
                by bisection elsewhere; "threshold" where the totals jump past each other (whole servers or whole
                months), "none" where no value in the input's valid range ties. Money in the base currency; rent
                prices per dense PFLOPS-year before vouchers.
                  --option ID     only this option (not the baseline)
                  --format json   the answers as JSON (default); table: tables and a sentence per option
                  --lang en|zh    the language of the table and of the problems (default: the system's)
                Exit codes: 0 success, 2 invalid scenario (problems on stderr), 64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--option", "--format", "--lang"));
        String format = parsed.choice("--format", "json", Set.of("json", "table"));
        Locale locale = Languages.parse(parsed.option("--lang", null));
        String optionId = parsed.option("--option", null);
        if (parsed.positional().size() != 1) {
            throw new UsageException("breakeven takes exactly one FILE");
        }
        String file = parsed.positional().get(0);
        Optional<Scenario> opened = files.open(file, Messages.forLocale(locale), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Scenario scenario = opened.get();
        List<BreakEvenResult> results;
        if (optionId == null) {
            results = BreakEvenAnalysis.all(scenario);
        } else {
            if (scenario.option(optionId).isEmpty()) {
                throw new UsageException("--option: no option \"" + optionId + "\" in " + file);
            }
            if (optionId.equals(scenario.baselineOptionId())) {
                throw new UsageException("--option: \"" + optionId + "\" is the baseline; choose another option");
            }
            results = List.of(BreakEvenAnalysis.of(scenario, optionId));
        }
        out.print("json".equals(format) ? json(scenario, results) : table(results, Messages.forLocale(locale)));
        return ExitCode.OK;
    }

    static String json(Scenario scenario, List<BreakEvenResult> results) {
        return JsonDocument.write(json -> {
            json.beginObject();
            json.name("baseline").value(scenario.baselineOptionId());
            json.name("currency").value(scenario.currency());
            json.name("options").beginArray();
            for (BreakEvenResult r : results) {
                json.beginObject();
                json.name("id").value(r.optionId());
                json.name("totalCost");
                JsonDocument.number(json, r.optionTotal());
                json.name("baselineTotalCost");
                JsonDocument.number(json, r.baselineTotal());
                json.name("answers").beginArray();
                for (BreakEvenAnswer a : r.answers()) {
                    json.beginObject();
                    json.name("input").value(a.input().key());
                    json.name("current");
                    JsonDocument.number(json, a.current());
                    json.name("value");
                    JsonDocument.number(json, a.value());
                    json.name("kind").value(a.kind().name().toLowerCase(Locale.ROOT));
                    json.name("cheaperWhen").value(a.cheaperWhen() == null ? null : a.cheaperWhen().key());
                    json.endObject();
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.endObject();
        });
    }

    static String table(List<BreakEvenResult> results, Messages messages) {
        AmountFormat format = new AmountFormat(messages.locale(), false);
        StringBuilder out = new StringBuilder();
        for (BreakEvenResult r : results) {
            out.append(messages.format("risk.breakeven.heading", r.optionLabel(), r.baselineLabel(), r.currency()))
                    .append("\n\n");
            String[] header = {messages.get("risk.column.input"), messages.get("risk.column.value"),
                messages.get("risk.column.breakEven"), messages.get("risk.column.optionCheaper")};
            TextTable table = new TextTable(header, new boolean[] {false, true, true, false});
            for (BreakEvenAnswer a : r.answers()) {
                String value = a.value() == null ? messages.get("risk.breakeven.noValue")
                        : new RiskTexts(messages, format).value(a.input(), a.value(), r.currency())
                                + (a.kind() == BreakEvenAnswer.Kind.THRESHOLD ? " " + messages.get(
                                        "risk.breakeven.stepMark") : "");
                String when = a.cheaperWhen() == null ? "" : messages.get("risk.breakeven.when." + a.cheaperWhen()
                        .key());
                table.add(messages.get("risk.input." + a.input().key()),
                        new RiskTexts(messages, format).value(a.input(), a.current(), r.currency()), value, when);
            }
            out.append(table.render()).append('\n');
            out.append(sentence(r, messages, format)).append("\n\n");
        }
        if (results.stream().anyMatch(r -> r.answers().stream()
                .anyMatch(a -> a.kind() == BreakEvenAnswer.Kind.THRESHOLD))) {
            out.append(messages.get("risk.breakeven.stepNote")).append('\n');
        }
        return out.toString();
    }

    /** "Atlas 800T A2 matches leasing if the rent is at least 253,000 CNY per P-year, or ..." */
    static String sentence(BreakEvenResult r, Messages messages, AmountFormat format) {
        return new RiskTexts(messages, format).breakEvenSentence(r);
    }
}
