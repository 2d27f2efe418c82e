package com.computetco.cli;

import com.computetco.domain.Scenario;
import com.computetco.engine.risk.Measure;
import com.computetco.engine.risk.Tornado;
import com.computetco.engine.risk.TornadoBar;
import com.computetco.engine.risk.TornadoResult;
import com.computetco.i18n.AmountFormat;
import com.computetco.i18n.Messages;
import com.computetco.text.RiskTexts;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code tornado FILE --option ID [--measure total|pv|aftertax] [--format json|table] [--lang en|zh]}. */
final class TornadoCommand implements Command {
    private final ScenarioFiles files;

    TornadoCommand(ScenarioFiles files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "tornado";
    }

    @Override
    public String summary() {
        return "sensitivity of one option against the baseline to each input (tornado)";
    }

    @Override
    public String usage() {
        return """
                usage: compute-tco tornado FILE --option ID [--measure total|pv|aftertax] [--format json|table] [--lang en|zh]

                Moves each input of the scenario in FILE to its low and its high value, one at a time, and shows
                how (option total - baseline total) changes, largest effect first. Low and high come from the
                scenario's ranges where it gives them (lead time min/max, electricity and rent-change uncertainty,
                retraining months range), else the value -20% and +20%. Inputs that do not apply to the option
                are left out. A bar "flips" where the cheaper of the two changes.
                  --option ID     the option to compare with the baseline (required; not the baseline)
                  --measure total the undiscounted total cost (default); pv: the present value (then the
                                  discount rate matters); aftertax: the after-tax total (scenarios with a
                                  tax block; adds the income tax rate, VAT recovery and depreciation years)
                  --format json   the bars as JSON (default); table: an aligned table for people
                  --lang en|zh    the language of the table and of the problems (default: the system's)
                Exit codes: 0 success, 2 invalid scenario (problems on stderr), 64 usage error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--option", "--measure", "--format", "--lang"));
        String format = parsed.choice("--format", "json", Set.of("json", "table"));
        String measureName = parsed.choice("--measure", "total", Set.of("total", "pv", "aftertax"));
        Measure measure = switch (measureName) {
            case "pv" -> Measure.PRESENT_VALUE;
            case "aftertax" -> Measure.AFTER_TAX;
            default -> Measure.TOTAL_COST;
        };
        Locale locale = Languages.parse(parsed.option("--lang", null));
        String optionId = parsed.option("--option", null);
        if (optionId == null) {
            throw new UsageException("tornado needs --option ID");
        }
        if (parsed.positional().size() != 1) {
            throw new UsageException("tornado takes exactly one FILE");
        }
        String file = parsed.positional().get(0);
        Optional<Scenario> opened = files.open(file, Messages.forLocale(locale), err);
        if (opened.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        Scenario scenario = opened.get();
        if (scenario.option(optionId).isEmpty()) {
            throw new UsageException("--option: no option \"" + optionId + "\" in " + file + " (options: "
                    + String.join(", ", scenario.options().stream().map(o -> o.id()).toList()) + ")");
        }
        if (optionId.equals(scenario.baselineOptionId())) {
            throw new UsageException("--option: \"" + optionId + "\" is the baseline; choose another option");
        }
        if (measure == Measure.AFTER_TAX && scenario.tax() == null) {
            throw new UsageException("--measure aftertax: " + file + " has no tax block, so no after-tax figures");
        }
        TornadoResult result = Tornado.compute(scenario, optionId, measure);
        out.print("json".equals(format) ? json(result) : table(result, Messages.forLocale(locale)));
        return ExitCode.OK;
    }

    static String json(TornadoResult result) {
        return JsonDocument.write(json -> {
            json.beginObject();
            json.name("option").value(result.optionId());
            json.name("baseline").value(result.baselineId());
            json.name("currency").value(result.currency());
            json.name("measure").value(result.measure().key());
            json.name("optionValue");
            JsonDocument.number(json, result.optionFigure());
            json.name("baselineValue");
            JsonDocument.number(json, result.baselineFigure());
            json.name("difference");
            JsonDocument.number(json, result.difference());
            json.name("bars").beginArray();
            for (TornadoBar bar : result.bars()) {
                json.beginObject();
                json.name("input").value(bar.input().key());
                json.name("value");
                JsonDocument.number(json, bar.value());
                json.name("low");
                JsonDocument.number(json, bar.low());
                json.name("high");
                JsonDocument.number(json, bar.high());
                json.name("rangeGiven").value(bar.rangeGiven());
                json.name("differenceAtLow");
                JsonDocument.number(json, bar.differenceAtLow());
                json.name("differenceAtHigh");
                JsonDocument.number(json, bar.differenceAtHigh());
                json.name("effectLow");
                JsonDocument.number(json, bar.effectLow());
                json.name("effectHigh");
                JsonDocument.number(json, bar.effectHigh());
                json.name("flips").value(bar.flips());
                json.endObject();
            }
            json.endArray();
            json.endObject();
        });
    }

    static String table(TornadoResult result, Messages messages) {
        AmountFormat format = new AmountFormat(messages.locale(), false);
        RiskTexts texts = new RiskTexts(messages, format);
        StringBuilder out = new StringBuilder();
        out.append(messages.format("risk.tornado.heading", result.optionLabel(), result.baselineLabel(),
                messages.get("risk.measure." + result.measure().key()), result.currency())).append('\n');
        double difference = result.difference();
        out.append(messages.format(difference < 0 ? "risk.tornado.cheaper" : "risk.tornado.dearer",
                result.optionLabel(), format.amount(Math.abs(difference)), result.currency(),
                result.baselineLabel())).append("\n\n");
        String[] header = {messages.get("risk.column.input"), messages.get("risk.column.value"),
            messages.get("risk.column.low"), messages.get("risk.column.high"),
            messages.get("risk.column.effectLow"), messages.get("risk.column.effectHigh"),
            messages.get("risk.column.flips")};
        boolean[] right = {false, true, true, true, true, true, false};
        TextTable table = new TextTable(header, right);
        boolean anyFlip = false;
        for (TornadoBar bar : result.bars()) {
            anyFlip |= bar.flips();
            table.add(messages.get("risk.input." + bar.input().key()) + (bar.rangeGiven() ? " *" : ""),
                    texts.value(bar.input(), bar.value(), result.currency()),
                    texts.value(bar.input(), bar.low(), result.currency()),
                    texts.value(bar.input(), bar.high(), result.currency()),
                    signed(format, bar.effectLow()), signed(format, bar.effectHigh()),
                    bar.flips() ? messages.get("risk.tornado.flipMark") : "");
        }
        out.append(table.render()).append('\n');
        out.append(messages.format("risk.tornado.note", result.optionLabel(), result.baselineLabel())).append('\n');
        if (anyFlip) {
            out.append(messages.get("risk.tornado.flipNote")).append('\n');
        }
        return out.toString();
    }

    private static String signed(AmountFormat format, double value) {
        String text = format.amount(value);
        return value > 0 && !"0".equals(text) ? "+" + text : text;
    }
}
