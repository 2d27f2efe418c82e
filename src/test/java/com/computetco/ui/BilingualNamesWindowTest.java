package com.computetco.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.domain.Option;
import com.computetco.domain.Scenario;
import com.computetco.engine.TcoEngine;
import com.computetco.testing.FakeDialogService;
import com.computetco.testing.Scenarios;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.state.RecentFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window names the scenario and its options in Chinese when its language is Chinese, and saves both names. */
class BilingualNamesWindowTest {
    @TempDir
    Path dir;
    private MainViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        Scenario example;
        example = Scenarios.workedExample();
        List<Option> options = new ArrayList<>(example.options());
        options.set(0, options.get(0).withLabels(options.get(0).label(), "英伟达 H100 自建"));
        Scenario named = example.withOptions(options).withNameZh("算例情景");
        vm = new MainViewModel(Scenarios.loader(), new TcoEngine(), new FakeDialogService(), TaskExecutor.direct(),
                new RecentFiles(dir.resolve("recent.txt")), Locale.ENGLISH, named, null);
    }

    private String resultLabel() {
        return vm.evaluationProperty().get().option("nvidia-h100").orElseThrow().label();
    }

    @Test
    void englishShowsTheEnglishNames() {
        assertTrue(vm.titleProperty().get().startsWith(vm.document().scenario().name()), vm.titleProperty().get());
        assertEquals("NVIDIA HGX H100 (dealer quote)", resultLabel());
        assertEquals("NVIDIA HGX H100 (dealer quote)", vm.comparison().label(0));
    }

    @Test
    void chineseShowsTheChineseNamesInTitleResultsAndColumns() {
        vm.languageProperty().set(Locale.SIMPLIFIED_CHINESE);
        assertTrue(vm.titleProperty().get().startsWith("算例情景"), vm.titleProperty().get());
        assertEquals("英伟达 H100 自建", resultLabel());
        assertEquals("英伟达 H100 自建", vm.comparison().label(0));
        // The document keeps both names, so a save writes the file as it was.
        assertEquals("NVIDIA HGX H100 (dealer quote)", vm.document().scenario().options().get(0).label());
        assertEquals("英伟达 H100 自建", vm.document().scenario().options().get(0).labelZh());
        vm.languageProperty().set(Locale.ENGLISH);
        assertEquals("NVIDIA HGX H100 (dealer quote)", resultLabel());
    }
}
