package ladakh.crafts.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Random;

/**
 * Chooses the motif for a craft, and the drawing helpers the motifs share.
 */
final class Motifs {

	/**
	 * Where a motif paints.
	 *
	 * @param g the graphics
	 * @param size the square image's side
	 * @param random varies colours and placement per photo
	 */
	record Canvas(Graphics2D g, int size, Random random) {

		int between(int min, int max) {
			return min + this.random.nextInt(max - min + 1);
		}

		Color pick(List<Color> colours) {
			return jitter(colours.get(this.random.nextInt(colours.size())));
		}

		/** A colour a little lighter or darker, so no two photos look identical. */
		Color jitter(Color colour) {
			int d = this.random.nextInt(25) - 12;
			return new Color(clamp(colour.getRed() + d), clamp(colour.getGreen() + d), clamp(colour.getBlue() + d));
		}

	}

	private Motifs() {
	}

	static void paint(String craft, Canvas c) {
		switch (craft) {
			case Crafts.PASHMINA -> TextileMotifs.pashmina(c);
			case Crafts.CARPET_WEAVING -> TextileMotifs.carpet(c);
			case Crafts.NAMDA -> TextileMotifs.namda(c);
			case Crafts.EMBROIDERY -> TextileMotifs.embroidery(c);
			case Crafts.GARMENT_MAKING -> TextileMotifs.garment(c);
			case Crafts.KNITTING -> TextileMotifs.knitting(c);
			case Crafts.BASKET -> TextileMotifs.basket(c);
			case Crafts.THANGKA -> ObjectMotifs.thangka(c);
			case Crafts.FILIGREE -> ObjectMotifs.filigree(c);
			case Crafts.WOOD_CARVING -> ObjectMotifs.woodCarving(c);
			case Crafts.DRAGON -> ObjectMotifs.dragon(c);
			case Crafts.CLAY -> ObjectMotifs.clay(c);
			case Crafts.PAPU -> ObjectMotifs.papu(c);
			case Crafts.POTTERY -> ObjectMotifs.pottery(c);
			case Crafts.MANI_STONE -> ObjectMotifs.maniStone(c);
			default -> throw new IllegalArgumentException("No motif for craft " + craft);
		}
	}

	/**
	 * Draws fine texture (warp and weft, grain, wire) without antialiasing: thousands of
	 * hairlines cost several times more with it and look the same at this size.
	 */
	static void texture(Canvas c, Runnable drawing) {
		Graphics2D g = c.g();
		Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
		Object strokeControl = g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
		try {
			drawing.run();
		}
		finally {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, strokeControl);
		}
	}

	static Color rgb(int r, int g, int b) {
		return new Color(r, g, b);
	}

	static Color alpha(Color colour, int alpha) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
	}

	static Color darker(Color colour, double factor) {
		return new Color(clamp((int) (colour.getRed() * factor)), clamp((int) (colour.getGreen() * factor)),
				clamp((int) (colour.getBlue() * factor)));
	}

	static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	/** A vertical gradient over the whole canvas. */
	static void background(Canvas c, Color top, Color bottom) {
		c.g().setPaint(new GradientPaint(0, 0, top, 0, c.size(), bottom));
		c.g().fillRect(0, 0, c.size(), c.size());
	}

	/** The soft backdrop of a studio shot, for objects photographed on their own. */
	static void studio(Canvas c) {
		Color base = c.pick(List.of(rgb(236, 228, 214), rgb(222, 230, 236), rgb(232, 226, 236), rgb(226, 234, 222)));
		background(c, base, darker(base, 0.82));
		c.g().setColor(alpha(Color.BLACK, 40));
		c.g().fill(new Ellipse2D.Double(c.size() * 0.18, c.size() * 0.8, c.size() * 0.64, c.size() * 0.08));
	}

	static void shadedEllipse(Canvas c, double cx, double cy, double rx, double ry, Color colour) {
		c.g()
			.setPaint(new RadialGradientPaint((float) (cx - rx * 0.35), (float) (cy - ry * 0.35),
					(float) Math.max(rx, ry), new float[] { 0f, 1f },
					new Color[] { colour.brighter(), darker(colour, 0.6) }));
		c.g().fill(new Ellipse2D.Double(cx - rx, cy - ry, rx * 2, ry * 2));
	}

	/** Petals around a centre, as in lotus rosettes, mandalas and embroidered flowers. */
	static void petals(Canvas c, double cx, double cy, int count, double distance, double length, double width,
			Color fill, Color outline) {
		Graphics2D g = c.g();
		AffineTransform saved = g.getTransform();
		for (int i = 0; i < count; i++) {
			g.setTransform(saved);
			g.translate(cx, cy);
			g.rotate(2 * Math.PI * i / count);
			Ellipse2D petal = new Ellipse2D.Double(distance, -width / 2, length, width);
			g.setColor(fill);
			g.fill(petal);
			if (outline != null) {
				g.setColor(outline);
				g.setStroke(new BasicStroke(2f));
				g.draw(petal);
			}
		}
		g.setTransform(saved);
	}

	static void ring(Canvas c, double cx, double cy, double r, float width, Color colour) {
		c.g().setColor(colour);
		c.g().setStroke(new BasicStroke(width));
		c.g().draw(new Ellipse2D.Double(cx - r, cy - r, r * 2, r * 2));
	}

}
