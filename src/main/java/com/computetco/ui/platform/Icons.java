package com.computetco.ui.platform;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/** Toolbar icons and the application icon, from the jar. A missing icon is a blank, never a crash. */
public final class Icons {
    private static final String TOOLBAR = "/com/computetco/ui/icons/";
    private static final String APP = "/com/computetco/bundled/icons/compute-tco-";
    private static final int[] APP_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private Icons() {
    }

    /** A toolbar icon at its drawn size (24 px); JavaFX loads NAME@2x.png by itself on HiDPI screens. */
    public static Node view(String name) {
        return sized(name, 24);
    }

    /** The same icon at 16 px, for menus and badges. */
    public static Node small(String name) {
        return sized(name, 16);
    }

    private static Node sized(String name, int size) {
        URL url = Icons.class.getResource(TOOLBAR + name + ".png");
        if (url == null) {
            Region blank = new Region();
            blank.setPrefSize(size, size);
            return blank;
        }
        ImageView view = new ImageView(new Image(url.toExternalForm()));
        view.setSmooth(true);
        view.setFitWidth(size);
        view.setFitHeight(size);
        return view;
    }

    /** Every size of the application icon that exists, for the stage's icon list. */
    public static List<Image> appIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : APP_SIZES) {
            URL url = Icons.class.getResource(APP + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
