package ladakh.crafts.demo;

import static ladakh.crafts.demo.Motifs.alpha;
import static ladakh.crafts.demo.Motifs.background;
import static ladakh.crafts.demo.Motifs.darker;
import static ladakh.crafts.demo.Motifs.petals;
import static ladakh.crafts.demo.Motifs.rgb;
import static ladakh.crafts.demo.Motifs.ring;
import static ladakh.crafts.demo.Motifs.shadedEllipse;
import static ladakh.crafts.demo.Motifs.studio;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Motifs for painted, carved, moulded and metal work.
 */
final class ObjectMotifs {

	private static final List<Color> MINERAL = List.of(rgb(40, 120, 90), rgb(190, 50, 40), rgb(40, 80, 160),
			rgb(230, 170, 40), rgb(230, 120, 60), rgb(120, 170, 200));

	private static final Color GOLD = rgb(214, 170, 70);

	private ObjectMotifs() {
	}

	/**
	 * A brocade-framed painting with a mandala of petals and rings around a haloed
	 * centre.
	 */
	static void thangka(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color brocade = c.pick(List.of(rgb(150, 30, 30), rgb(30, 60, 130), rgb(170, 120, 30)));
		background(c, brocade, darker(brocade, 0.7));
		g.setColor(alpha(GOLD, 90));
		for (int i = 0; i < size; i += 20) {
			g.drawLine(i, 0, 0, i);
			g.drawLine(size, i, i, size);
		}
		Color sky = c.pick(List.of(rgb(46, 94, 78), rgb(32, 60, 110), rgb(236, 222, 190)));
		g.setPaint(new GradientPaint(0, 90, sky, 0, size - 90, darker(sky, 0.75)));
		g.fillRect(90, 90, size - 180, size - 180);
		double centre = size / 2.0;
		int layers = c.between(3, 5);
		for (int i = layers; i > 0; i--) {
			Color colour = c.pick(MINERAL);
			petals(c, centre, centre, 8 * i, 40 + 30 * i, 60, 26 + 4 * i, colour, alpha(GOLD, 200));
		}
		for (int i = 1; i <= 4; i++) {
			ring(c, centre, centre, 40 + i * 36, 4f, (i % 2 == 0) ? GOLD : c.pick(MINERAL));
		}
		shadedEllipse(c, centre, centre, 70, 70, GOLD);
		shadedEllipse(c, centre, centre - 10, 30, 36, c.pick(MINERAL));
		for (int[] corner : new int[][] { { 150, 150 }, { size - 150, 150 }, { 150, size - 150 },
				{ size - 150, size - 150 } }) {
			cloud(g, corner[0], corner[1], 26, alpha(Color.WHITE, 170));
		}
	}

	/** Silver wire curled into a lattice, with turquoise and coral set in it. */
	static void filigree(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color velvet = c.pick(List.of(rgb(30, 34, 60), rgb(70, 20, 30), rgb(24, 24, 28)));
		background(c, velvet, darker(velvet, 0.7));
		Color silver = rgb(206, 210, 216);
		int cell = c.between(70, 100);
		Motifs.texture(c, () -> lattice(g, size, cell, silver));
		double centre = size / 2.0;
		for (int i = 0; i < 48; i++) {
			double a = 2 * Math.PI * i / 48;
			ring(c, centre + Math.cos(a) * 200, centre + Math.sin(a) * 200, 12, 3f, silver);
		}
		for (int i = 0; i < 8; i++) {
			double a = 2 * Math.PI * i / 8;
			shadedEllipse(c, centre + Math.cos(a) * 200, centre + Math.sin(a) * 200, 16, 16,
					(i % 2 == 0) ? rgb(64, 190, 190) : rgb(220, 90, 70));
		}
		shadedEllipse(c, centre, centre, 60, 60, rgb(64, 190, 190));
	}

	/** Carved panels on grained wood, each with a lotus rosette in relief. */
	static void woodCarving(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color wood = c.pick(List.of(rgb(150, 100, 60), rgb(120, 76, 44), rgb(176, 130, 80)));
		background(c, wood, darker(wood, 0.8));
		grain(c, wood);
		int panels = c.between(2, 3);
		int panel = (size - 60) / panels;
		for (int row = 0; row < panels; row++) {
			for (int col = 0; col < panels; col++) {
				int x = 30 + col * panel;
				int y = 30 + row * panel;
				g.setColor(darker(wood, 0.65));
				g.fillRect(x + 10, y + 10, panel - 20, panel - 20);
				g.setColor(darker(wood, 1.15));
				g.setStroke(new BasicStroke(4f));
				g.drawLine(x + 10, y + panel - 10, x + panel - 10, y + panel - 10);
				g.drawLine(x + panel - 10, y + 10, x + panel - 10, y + panel - 10);
				double cx = x + panel / 2.0;
				double cy = y + panel / 2.0;
				petals(c, cx + 4, cy + 4, 8, 10, panel * 0.28, panel * 0.14, alpha(Color.BLACK, 70), null);
				petals(c, cx, cy, 8, 10, panel * 0.28, panel * 0.14, darker(wood, 1.1), darker(wood, 0.5));
				shadedEllipse(c, cx, cy, panel * 0.08, panel * 0.08, wood);
			}
		}
	}

	/** A dragon winding through clouds, painted on wood. */
	static void dragon(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		Color ground = c.pick(List.of(rgb(150, 36, 36), rgb(30, 70, 120), rgb(30, 90, 70)));
		background(c, ground, darker(ground, 0.7));
		for (int i = 0; i < 7; i++) {
			cloud(g, c.between(60, size - 60), c.between(60, size - 60), c.between(18, 30), alpha(Color.WHITE, 150));
		}
		Color body = c.pick(List.of(rgb(60, 160, 90), rgb(230, 180, 50), rgb(70, 140, 200)));
		double phase = c.random().nextDouble() * Math.PI;
		for (int i = 0; i <= 120; i++) {
			double t = i / 120.0;
			double x = 90 + t * (size - 180);
			double y = size / 2.0 + Math.sin(t * 3 * Math.PI + phase) * size * 0.22;
			double r = 14 + 30 * t;
			g.setColor(darker(body, 0.6));
			g.fill(new Ellipse2D.Double(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4));
			g.setColor(body);
			g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
			if (i % 6 == 0) {
				g.setColor(GOLD);
				g.setStroke(new BasicStroke(3f));
				g.drawArc((int) (x - r / 2), (int) (y - r / 2), (int) r, (int) r, 200, 140);
			}
		}
		double headX = size - 90;
		double headY = size / 2.0 + Math.sin(3 * Math.PI + phase) * size * 0.22;
		shadedEllipse(c, headX, headY, 52, 44, body);
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(headX - 4, headY - 22, 18, 18));
		g.setColor(Color.BLACK);
		g.fill(new Ellipse2D.Double(headX + 2, headY - 16, 8, 8));
	}

	/** A moulded, painted clay figure: a seated form or a mask. */
	static void clay(Motifs.Canvas c) {
		studio(c);
		int size = c.size();
		Color clay = c.pick(List.of(rgb(184, 104, 70), rgb(160, 120, 90), rgb(200, 170, 120)));
		double cx = size / 2.0;
		if (c.random().nextBoolean()) {
			shadedEllipse(c, cx, size * 0.66, 210, 130, clay);
			shadedEllipse(c, cx, size * 0.44, 120, 140, clay);
			shadedEllipse(c, cx, size * 0.24, 70, 80, clay);
			ring(c, cx, size * 0.24, 90, 6f, GOLD);
		}
		else {
			shadedEllipse(c, cx, size * 0.48, 230, 270, c.pick(MINERAL));
			for (int side : new int[] { -1, 1 }) {
				shadedEllipse(c, cx + side * 90, size * 0.4, 44, 30, Color.WHITE);
				shadedEllipse(c, cx + side * 90, size * 0.4, 18, 18, Color.BLACK);
			}
			c.g().setColor(darker(clay, 0.4));
			c.g().fillRoundRect((int) cx - 100, (int) (size * 0.6), 200, 50, 40, 40);
			petals(c, cx, size * 0.15, 5, 0, 70, 34, GOLD, null);
		}
	}

	/** A pair of papu boots: striped woollen uppers on dark soles. */
	static void papu(Motifs.Canvas c) {
		studio(c);
		Graphics2D g = c.g();
		int size = c.size();
		Color upper = c.pick(List.of(rgb(170, 40, 40), rgb(40, 60, 120), rgb(40, 100, 60), rgb(90, 60, 40)));
		for (int boot = 0; boot < 2; boot++) {
			double x = size * (0.16 + boot * 0.38);
			Path2D shape = new Path2D.Double();
			shape.moveTo(x, size * 0.18);
			shape.lineTo(x + 150, size * 0.18);
			shape.lineTo(x + 160, size * 0.62);
			shape.curveTo(x + 260, size * 0.64, x + 290, size * 0.72, x + 270, size * 0.8);
			shape.lineTo(x - 10, size * 0.8);
			shape.closePath();
			g.setColor(upper);
			g.fill(shape);
			g.setClip(shape);
			for (int band = 0; band < 8; band++) {
				g.setColor((band % 2 == 0) ? c.pick(MINERAL) : darker(upper, 0.7));
				g.fillRect((int) x - 20, (int) (size * 0.2) + band * 44, 320, 18);
			}
			g.setClip(null);
			g.setColor(rgb(40, 30, 26));
			g.fillRoundRect((int) x - 14, (int) (size * 0.78), 290, 26, 16, 16);
		}
	}

	/** A burnished, wheel-free pot with incised rings. */
	static void pottery(Motifs.Canvas c) {
		studio(c);
		Graphics2D g = c.g();
		int size = c.size();
		Color clay = c.pick(List.of(rgb(110, 70, 50), rgb(60, 50, 48), rgb(150, 90, 60)));
		double cx = size / 2.0;
		double belly = c.between(170, 230);
		Path2D pot = new Path2D.Double();
		pot.moveTo(cx - 70, size * 0.2);
		pot.curveTo(cx - 90, size * 0.35, cx - belly - 40, size * 0.45, cx - belly, size * 0.62);
		pot.curveTo(cx - belly + 30, size * 0.8, cx - 80, size * 0.82, cx, size * 0.82);
		pot.curveTo(cx + 80, size * 0.82, cx + belly - 30, size * 0.8, cx + belly, size * 0.62);
		pot.curveTo(cx + belly + 40, size * 0.45, cx + 90, size * 0.35, cx + 70, size * 0.2);
		pot.closePath();
		g.setPaint(new GradientPaint((float) (cx - belly), 0, clay.brighter(), (float) (cx + belly), 0,
				darker(clay, 0.55)));
		g.fill(pot);
		g.setClip(pot);
		g.setColor(alpha(Color.BLACK, 90));
		g.setStroke(new BasicStroke(3f));
		for (int i = 0; i < 5; i++) {
			double y = size * (0.4 + i * 0.06);
			g.draw(new Ellipse2D.Double(cx - 260, y, 520, 30));
		}
		g.setClip(null);
		shadedEllipse(c, cx, size * 0.2, 72, 16, darker(clay, 0.7));
	}

	/** A river stone carved with a painted mantra. */
	static void maniStone(Motifs.Canvas c) {
		Graphics2D g = c.g();
		int size = c.size();
		background(c, rgb(190, 176, 150), rgb(150, 136, 112));
		for (int i = 0; i < 40; i++) {
			shadedEllipse(c, c.between(0, size), c.between(size / 2, size), c.between(14, 40), c.between(10, 26),
					c.jitter(rgb(150, 140, 128)));
		}
		double cx = size / 2.0;
		double cy = size * 0.48;
		shadedEllipse(c, cx, cy, 300, c.between(200, 240), c.jitter(rgb(120, 122, 126)));
		List<Color> syllables = List.of(Color.WHITE, rgb(40, 160, 80), rgb(240, 200, 40), rgb(60, 110, 200),
				rgb(210, 50, 40), rgb(30, 30, 30));
		g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < 6; i++) {
			double x = cx - 225 + i * 90;
			g.setColor(syllables.get(i));
			g.drawLine((int) x, (int) cy - 70, (int) x + 50, (int) cy - 70);
			g.drawLine((int) x + 25, (int) cy - 70, (int) x + 25, (int) cy + 40);
			g.drawArc((int) x, (int) cy - 40, 50, 50, 180, 180);
			g.fill(new Ellipse2D.Double(x + 18, cy - 100, 14, 14));
		}
	}

	private static void lattice(Graphics2D g, int size, int cell, Color silver) {
		g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int y = 0; y < size + cell; y += cell) {
			for (int x = 0; x < size + cell; x += cell) {
				g.setColor(silver);
				g.drawArc(x - cell / 2, y - cell / 2, cell, cell, 0, 90);
				g.drawArc(x, y - cell / 2, cell, cell, 90, 90);
				g.drawArc(x - cell / 2, y, cell, cell, 270, 90);
				g.drawArc(x, y, cell, cell, 180, 90);
				g.setColor(darker(silver, 0.8));
				g.drawOval(x + cell / 2 - 8, y + cell / 2 - 8, 16, 16);
			}
		}
	}

	private static void grain(Motifs.Canvas c, Color wood) {
		Motifs.texture(c, () -> grainLines(c, wood));
	}

	private static void grainLines(Motifs.Canvas c, Color wood) {
		Graphics2D g = c.g();
		int size = c.size();
		g.setStroke(new BasicStroke(1.5f));
		for (int line = 0; line < 70; line++) {
			g.setColor(alpha(darker(wood, 0.6 + c.random().nextDouble() * 0.3), 90));
			double y0 = line * size / 70.0;
			double amplitude = 3 + c.random().nextDouble() * 6;
			Path2D path = new Path2D.Double();
			path.moveTo(0, y0);
			for (int x = 20; x <= size; x += 20) {
				path.lineTo(x, y0 + Math.sin(x / 60.0 + line) * amplitude);
			}
			g.draw(path);
		}
	}

	private static void cloud(Graphics2D g, double x, double y, double r, Color colour) {
		g.setColor(colour);
		g.fill(new Ellipse2D.Double(x - r * 2, y - r, r * 2, r * 2));
		g.fill(new Ellipse2D.Double(x - r, y - r * 1.6, r * 2.2, r * 2.2));
		g.fill(new Ellipse2D.Double(x, y - r, r * 2, r * 2));
	}

}
