package com.computetco.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computetco.i18n.Messages;
import com.computetco.io.ReferenceFigures;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Sources headless: a table with one row per bundled figure, columns in the window's language. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class SourcesWindowTest {
    @Test
    void theWindowListsEveryFigureInChinese() throws Exception {
        Stage stage = WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            Stage s = SourcesWindow.createStage(null, new SourcesViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE)));
            s.show();
            return s;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<SourcesViewModel.Row> table = (TableView<SourcesViewModel.Row>) stage.getScene().lookup("#sources-table");
        assertEquals(ReferenceFigures.all().size(), table.getItems().size());
        assertEquals("来源", table.getColumns().get(2).getText());
        assertEquals("内置数据的来源", stage.getTitle());
        WaitForAsyncUtils.asyncFx(stage::close);
    }
}
