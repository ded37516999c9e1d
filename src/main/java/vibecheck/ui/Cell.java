package vibecheck.ui;

import com.googlecode.lanterna.TextCharacter;

/**
 * A screen cell whose width is worked out once, and which knows the look (colours and attributes) it was made
 * with. Lanterna asks every changed cell whether it is double width on every refresh, and answers by looking up
 * Unicode blocks each time: with six panels scrolling that was most of the UI thread's time. Writing a frame
 * compares looks by identity instead of copying and comparing each cell's attributes.
 */
public final class Cell extends TextCharacter {
    private final boolean wide;
    private final Theme.Look look;

    Cell(TextCharacter base, Theme.Look look) {
        super(base);
        this.wide = base.isDoubleWidth();
        this.look = look;
    }

    /** Whether both are cells made with the same look: the same colours and attributes, known without comparing. */
    public static boolean sameLook(TextCharacter a, TextCharacter b) {
        return a instanceof Cell x && b instanceof Cell y && x.look == y.look;
    }

    @Override
    public boolean isDoubleWidth() {
        return wide;
    }
}
