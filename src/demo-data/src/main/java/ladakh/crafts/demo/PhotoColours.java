package ladakh.crafts.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * Makes a painted photo show the listing's colours: the motif's light and shade are kept
 * and recoloured between the listing's colours (a duotone), so an indigo stole is indigo
 * and a red and blue carpet is red and blue. "Many colours", or none, leaves the craft's
 * own palette.
 */
final class PhotoColours {

	private static final Map<String, Color> RGB = Map.ofEntries(Map.entry("red", new Color(178, 34, 34)),
			Map.entry("maroon", new Color(110, 20, 35)), Map.entry("orange", new Color(230, 120, 30)),
			Map.entry("yellow", new Color(235, 200, 50)), Map.entry("gold", new Color(212, 175, 55)),
			Map.entry("green", new Color(40, 120, 60)), Map.entry("turquoise", new Color(48, 180, 170)),
			Map.entry("blue", new Color(40, 80, 180)), Map.entry("indigo", new Color(45, 40, 120)),
			Map.entry("purple", new Color(110, 50, 140)), Map.entry("pink", new Color(225, 130, 160)),
			Map.entry("brown", new Color(110, 70, 40)), Map.entry("black", new Color(25, 25, 28)),
			Map.entry("white", new Color(245, 245, 240)), Map.entry("cream", new Color(235, 222, 195)),
			Map.entry("grey", new Color(130, 130, 135)), Map.entry("silver", new Color(195, 198, 205)));

	private PhotoColours() {
	}

	/** The RGB the photos use for a colour code, or null (many colours, unknown). */
	static Color of(String code) {
		return RGB.get(code);
	}

	/** Recolours the image in place; does nothing without a colour it knows. */
	static void apply(BufferedImage image, List<String> colours) {
		List<Color> known = (colours != null) ? colours.stream().map(RGB::get).filter((c) -> c != null).toList()
				: List.of();
		if (known.isEmpty()) {
			return;
		}
		Color first = known.get(0);
		Color second = (known.size() > 1) ? known.get(1) : null;
		Color light;
		Color dark;
		if (second == null) {
			light = mix(first, Color.WHITE, 0.2);
			dark = mix(first, Color.BLACK, 0.55);
		}
		else if (luminance(first) >= luminance(second)) {
			light = first;
			dark = second;
		}
		else {
			light = second;
			dark = first;
		}
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				Color pixel = new Color(image.getRGB(x, y));
				double l = luminance(pixel) / 255.0;
				image.setRGB(x, y, mix(dark, light, l).getRGB());
			}
		}
	}

	private static double luminance(Color c) {
		return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
	}

	private static Color mix(Color a, Color b, double t) {
		return new Color(channel(a.getRed(), b.getRed(), t), channel(a.getGreen(), b.getGreen(), t),
				channel(a.getBlue(), b.getBlue(), t));
	}

	private static int channel(int a, int b, double t) {
		return (int) Math.round(a + (b - a) * Math.max(0, Math.min(1, t)));
	}

}
