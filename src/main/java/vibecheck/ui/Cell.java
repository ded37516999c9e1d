package vibecheck.ui;

import com.googlecode.lanterna.TextCharacter;

/**
 * A screen cell whose width is worked out once. Lanterna asks every changed cell whether it is double width on
 * every refresh, and answers by looking up Unicode blocks each time: with six panels scrolling that was most of
 * the UI thread's time.
 */
final class Cell extends TextCharacter {
    private final boolean wide;

    Cell(TextCharacter base) {
        super(base);
        this.wide = base.isDoubleWidth();
    }

    @Override
    public boolean isDoubleWidth() {
        return wide;
    }
}
