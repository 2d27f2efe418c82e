package com.computetco.ui;

import com.computetco.domain.Scenario;
import com.computetco.ui.platform.DialogService;
import com.computetco.ui.platform.TaskExecutor;
import com.computetco.ui.state.AppFolder;
import java.nio.file.Path;
import java.util.Locale;

/** The window as the app assembles it, on services of their own in a test's app folder. */
final class TestAssembly {
    private TestAssembly() {
    }

    static AppAssembly of(DialogService dialogs, TaskExecutor executor, Path home, Locale locale, Scenario initial) {
        return new AppAssembly(AppServices.create(new AppFolder(home)), dialogs, executor, locale, initial);
    }

    /** Opened on the bundled main demo, as a first start is. */
    static AppAssembly withDemo(DialogService dialogs, TaskExecutor executor, Path home, Locale locale) {
        AppServices services = AppServices.create(new AppFolder(home));
        return new AppAssembly(services, dialogs, executor, locale, services.demoScenario());
    }
}
