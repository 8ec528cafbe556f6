package ladakh.crafts.demo;

import static ladakh.crafts.demo.Motifs.alpha;
import static ladakh.crafts.demo.Motifs.background;
import static ladakh.crafts.demo.Motifs.darker;
import static ladakh.crafts.demo.Motifs.petals;
import static ladakh.crafts.demo.Motifs.rgb;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Motifs for woven, felted, stitched and knitted work.
 */
final class TextileMotifs {

	private static final List<Color> PASHMINA = List.of(rgb(232, 220, 196), rgb(58, 70, 124), rgb(122, 86, 58),
			rgb(176, 112, 122), rgb(148, 148, 146), rgb(96, 40, 52));

	private static final List<Color> CARPET_FIELD = List.of(rgb(150, 36, 40), rgb(34, 54, 104), rgb(196, 142, 48),
			rgb(40, 90, 80));

	private static final List<Color> BRIGHT = List.of(rgb(200, 40, 50), rgb(232, 180, 40), rgb(40, 110, 170),
			rgb(50, 140, 80), rgb(220, 110, 40), rgb(150, 60, 140));

	private TextileMotifs() {
	}

	/** Fine warp and weft, a woven border at each end and a twisted fringe. */
	static void pashmina(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color base = c.pick(PASHMINA);
		background(c, base, darker(base, 0.88));
		weave(c, base, 4);
		if (c.random().nextBoolean()) {
			herringbone(c, darker(base, 0.92));
		}
		// Soft folds, as a shawl lies when it is photographed draped.
		int fold = c.between(90, 140);
		g.setPaint(new java.awt.GradientPaint(0, 0, alpha(Color.BLACK, 0), fold, 0, alpha(Color.BLACK, 55), true));
		g.fillRect(0, 0, size, size);
		Color accent = c.pick(List.of(rgb(150, 40, 50), rgb(200, 160, 80), rgb(40, 60, 110), rgb(90, 120, 80)));
		int bands = c.between(2, 4);
		for (int i = 0; i < bands; i++) {
			g.setColor(alpha(accent, 200));
			g.fillRect(0, size - 150 - i * 22, size, (i == 0) ? 14 : 6);
		}
		g.setColor(accent);
		for (int x = 20; x < size; x += 60) {
			petals(c, x, size - 190 - bands * 22, 5, 4, 18, 10, alpha(accent, 200), null);
		}
		g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int x = 6; x < size; x += 9) {
			g.setColor(darker(base, 0.8 + c.random().nextDouble() * 0.15));
			g.drawLine(x, size - 60, x + c.between(-4, 4), size);
		}
	}

	/**
	 * Nested borders, a lattice field and a central medallion, over a knotted texture.
	 */
	static void carpet(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color field = c.pick(CARPET_FIELD);
		Color border = c.pick(BRIGHT);
		background(c, darker(border, 0.5), darker(border, 0.4));
		g.setColor(border);
		g.fillRect(40, 40, size - 80, size - 80);
		g.setColor(field);
		g.fillRect(100, 100, size - 200, size - 200);
		g.setColor(darker(border, 0.7));
		for (int i = 60; i < size - 60; i += 40) {
			diamond(g, i + 20, 70, 14);
			diamond(g, i + 20, size - 70, 14);
			diamond(g, 70, i + 20, 14);
			diamond(g, size - 70, i + 20, 14);
		}
		g.setColor(alpha(Color.WHITE, 40));
		g.setStroke(new BasicStroke(2f));
		for (int i = 100; i <= size - 100; i += 50) {
			g.drawLine(100, i, size - 100, i);
			g.drawLine(i, 100, i, size - 100);
		}
		Color medallion = c.pick(BRIGHT);
		g.setColor(medallion);
		diamond(g, size / 2, size / 2, 190);
		g.setColor(field);
		diamond(g, size / 2, size / 2, 140);
		petals(c, size / 2.0, size / 2.0, 8, 20, 90, 36, darker(medallion, 0.85), alpha(Color.WHITE, 90));
		g.setColor(c.pick(BRIGHT));
		g.fill(new Ellipse2D.Double(size / 2.0 - 24, size / 2.0 - 24, 48, 48));
		weave(c, field, 3);
	}

	/** Mottled felt with chain-stitch flowers on a vine. */
	static void namda(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color felt = c.pick(List.of(rgb(236, 226, 204), rgb(214, 200, 176), rgb(200, 60, 54)));
		background(c, felt, darker(felt, 0.9));
		for (int i = 0; i < 260; i++) {
			g.setColor(alpha(darker(felt, 0.75 + c.random().nextDouble() * 0.4), 40));
			int r = c.between(10, 50);
			g.fillOval(c.between(-20, size), c.between(-20, size), r, r * 2 / 3);
		}
		Color vine = rgb(50, 120, 70);
		g.setColor(vine);
		g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		Path2D path = new Path2D.Double();
		path.moveTo(80, size - 120);
		path.curveTo(250, 300, 500, size - 60, size - 80, 160);
		g.draw(path);
		int flowers = c.between(3, 6);
		for (int i = 0; i < flowers; i++) {
			double x = 140 + (size - 280) * i / Math.max(1, flowers - 1.0);
			double y = c.between(180, size - 180);
			chainFlower(c, x, y, c.between(50, 90), c.pick(BRIGHT));
		}
	}

	/** Satin-stitch flowers and cloud scrolls on dark wool. */
	static void embroidery(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color cloth = c.pick(List.of(rgb(30, 30, 40), rgb(90, 24, 36), rgb(24, 50, 70), rgb(238, 232, 220)));
		background(c, cloth, darker(cloth, 0.85));
		weave(c, cloth, 5);
		g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < 6; i++) {
			g.setColor(c.pick(BRIGHT));
			int x = c.between(0, size - 200);
			int y = c.between(0, size - 120);
			for (int k = 0; k < 3; k++) {
				g.drawArc(x + k * 50, y, 80, 80, 0, 180);
			}
		}
		int flowers = c.between(2, 4);
		for (int i = 0; i < flowers; i++) {
			double x = c.between(180, size - 180);
			double y = c.between(180, size - 180);
			Color colour = c.pick(BRIGHT);
			petals(c, x, y, c.between(5, 8), 14, c.between(60, 110), c.between(30, 50), colour, darker(colour, 0.6));
			g.setColor(c.pick(BRIGHT));
			g.fill(new Ellipse2D.Double(x - 18, y - 18, 36, 36));
		}
		g.setColor(c.pick(BRIGHT));
		g.fillRect(0, 0, size, 26);
		g.fillRect(0, size - 26, size, 26);
	}

	/** A goncha robe with a sash and brocade trim, on a brocade ground. */
	static void garment(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color ground = c.pick(List.of(rgb(120, 30, 40), rgb(40, 40, 90), rgb(60, 90, 60)));
		background(c, ground, darker(ground, 0.7));
		Color gold = rgb(214, 176, 80);
		g.setColor(alpha(gold, 70));
		for (int i = -size; i < size; i += 40) {
			g.drawLine(i, 0, i + size, size);
			g.drawLine(i + size, 0, i, size);
		}
		Color robe = c.pick(List.of(rgb(128, 28, 40), rgb(84, 40, 26), rgb(30, 60, 110), rgb(60, 60, 64)));
		Path2D shape = new Path2D.Double();
		shape.moveTo(size * 0.38, size * 0.14);
		shape.lineTo(size * 0.62, size * 0.14);
		shape.lineTo(size * 0.86, size * 0.34);
		shape.lineTo(size * 0.78, size * 0.42);
		shape.lineTo(size * 0.68, size * 0.36);
		shape.lineTo(size * 0.76, size * 0.9);
		shape.lineTo(size * 0.24, size * 0.9);
		shape.lineTo(size * 0.32, size * 0.36);
		shape.lineTo(size * 0.22, size * 0.42);
		shape.lineTo(size * 0.14, size * 0.34);
		shape.closePath();
		g.setColor(robe);
		g.fill(shape);
		g.setColor(gold);
		g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(shape);
		g.setColor(c.pick(BRIGHT));
		g.fill(new Rectangle2D.Double(size * 0.29, size * 0.5, size * 0.42, 36));
	}

	/** Rows of knitted stitches in colour bands, with a diamond band. */
	static void knitting(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color base = c.pick(List.of(rgb(150, 150, 150), rgb(120, 84, 60), rgb(228, 222, 206), rgb(60, 70, 110)));
		Color band = c.pick(BRIGHT);
		background(c, base, base);
		g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		int row = 0;
		for (int y = 0; y < size; y += 24, row++) {
			boolean inBand = (row / 4) % 3 == 1;
			for (int x = 0; x < size; x += 24) {
				boolean dot = inBand && ((x / 24 + row) % 4 == 0);
				g.setColor(dot ? Color.WHITE : inBand ? band : darker(base, 0.85 + 0.1 * ((x / 24) % 2)));
				g.drawLine(x + 2, y + 2, x + 12, y + 20);
				g.drawLine(x + 22, y + 2, x + 12, y + 20);
			}
		}
	}

	/** Willow strips woven over and under. */
	static void basket(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color willow = c.pick(List.of(rgb(196, 160, 104), rgb(170, 128, 76), rgb(210, 184, 130)));
		background(c, darker(willow, 0.4), darker(willow, 0.3));
		int cell = c.between(44, 64);
		for (int y = 0; y < size; y += cell) {
			for (int x = 0; x < size; x += cell) {
				boolean horizontalOver = ((x + y) / cell) % 2 == 0;
				strip(g, x, y, cell, !horizontalOver, darker(willow, 0.85));
				strip(g, x, y, cell, horizontalOver, willow);
			}
		}
	}

	private static void strip(Graphics2D g, int x, int y, int cell, boolean horizontal, Color colour) {
		int inset = cell / 6;
		Rectangle2D rect = horizontal ? new Rectangle2D.Double(x, y + inset, cell, cell - 2 * inset)
				: new Rectangle2D.Double(x + inset, y, cell - 2 * inset, cell);
		g.setColor(colour);
		g.fill(rect);
		g.setColor(darker(colour, 0.7));
		g.setStroke(new BasicStroke(1.5f));
		g.draw(rect);
	}

	private static void chainFlower(Motifs.Canvas c, double x, double y, double radius, Color colour) {
		Graphics2D g = c.g();
		for (int ring = 0; ring < 3; ring++) {
			double r = radius * (1 - ring * 0.3);
			int links = (int) (r / 5);
			for (int i = 0; i < links; i++) {
				double a = 2 * Math.PI * i / links;
				g.setColor((ring % 2 == 0) ? colour : darker(colour, 0.7));
				g.fill(new Ellipse2D.Double(x + Math.cos(a) * r - 6, y + Math.sin(a) * r - 6, 12, 12));
			}
		}
		g.setColor(rgb(240, 200, 60));
		g.fill(new Ellipse2D.Double(x - 10, y - 10, 20, 20));
	}

	private static void weave(Motifs.Canvas c, Color base, int pitch) {
		Motifs.texture(c, () -> weaveLines(c, base, pitch));
	}

	private static void weaveLines(Motifs.Canvas c, Color base, int pitch) {
		Graphics2D g = c.g();
		int size = c.size();
		g.setColor(alpha(darker(base, 0.8), 60));
		for (int y = 0; y < size; y += pitch) {
			g.fillRect(0, y, size, 1);
		}
		g.setColor(alpha(base.brighter(), 45));
		for (int x = 0; x < size; x += pitch) {
			g.fillRect(x, 0, 1, size);
		}
	}

	private static void herringbone(Motifs.Canvas c, Color colour) {
		Motifs.texture(c, () -> herringboneLines(c, colour));
	}

	private static void herringboneLines(Motifs.Canvas c, Color colour) {
		Graphics2D g = c.g();
		g.setColor(alpha(colour, 120));
		g.setStroke(new BasicStroke(2f));
		for (int x = 0; x < c.size(); x += 32) {
			for (int y = 0; y < c.size(); y += 12) {
				g.drawLine(x, y, x + 16, y + 10);
				g.drawLine(x + 16, y + 10, x + 32, y);
			}
		}
	}

	private static void diamond(Graphics2D g, double cx, double cy, double r) {
		Path2D path = new Path2D.Double();
		path.moveTo(cx, cy - r);
		path.lineTo(cx + r, cy);
		path.lineTo(cx, cy + r);
		path.lineTo(cx - r, cy);
		path.closePath();
		g.fill(path);
	}

}
