package com.computetco.ui.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computetco.i18n.Messages;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 10 §4: no form label breaks inside a term ("到货前过渡期租/赁", "电能利用效/率"). */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class FormLabelTest {
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    @Start
    void start(Stage stage) {
        // The toolkit measures text; no window is needed.
    }

    @Test
    void aShortChineseLabelKeepsOneLine() {
        Label label = FieldControls.formLabel(CHINESE, "bridgeWithRental", 132);
        assertEquals("到货前过渡期租赁", label.getText());
        assertTrue(label.getMinWidth() >= FieldControls.longestWord(label.getText()) - 0.5,
                "min width " + label.getMinWidth() + " holds the whole term");
    }

    @Test
    void aLongChineseLabelBreaksBeforeItsBracketedGloss() {
        Label label = FieldControls.formLabel(CHINESE, "electricity.pue", 100);
        assertEquals("PUE\n（电能利用效率）", label.getText());
        assertTrue(label.getMinWidth() >= FieldControls.longestWord("（电能利用效率）") - 0.5);
    }

    @Test
    void englishLabelsWrapAtSpacesAsBefore() {
        Label label = FieldControls.formLabel(ENGLISH, "bridgeWithRental", 132);
        assertEquals("Bridge rental until delivery", label.getText());
        assertTrue(label.isWrapText());
    }
}
