package ladakh.crafts.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CraftPhotoPainterTests {

	private final CraftPhotoPainter painter = new CraftPhotoPainter();

	static java.util.stream.Stream<String> crafts() {
		return Crafts.all().stream().map(Craft::id);
	}

	@ParameterizedTest
	@MethodSource("crafts")
	void paintsDecodableJpegsOfTheRightSize(String craft) throws IOException {
		PaintedPhoto photo = this.painter.paint(craft, "photo-lst-00001-1");
		BufferedImage image = decode(photo.image());
		BufferedImage thumbnail = decode(photo.thumbnail());
		assertThat(image.getWidth()).isEqualTo(800).isEqualTo(photo.width());
		assertThat(image.getHeight()).isEqualTo(800).isEqualTo(photo.height());
		assertThat(thumbnail.getWidth()).isEqualTo(240).isEqualTo(photo.thumbnailWidth());
		assertThat(thumbnail.getHeight()).isEqualTo(240).isEqualTo(photo.thumbnailHeight());
		assertThat(photo.image()).startsWith(0xFF, 0xD8, 0xFF);
	}

	@ParameterizedTest
	@MethodSource("crafts")
	void paintsTheSamePictureForTheSameIdAndAnotherForAnotherId(String craft) {
		byte[] first = this.painter.paint(craft, "photo-lst-00007-1").image();
		assertThat(this.painter.paint(craft, "photo-lst-00007-1").image()).isEqualTo(first);
		assertThat(this.painter.paint(craft, "photo-lst-00008-1").image()).isNotEqualTo(first);
	}

	@ParameterizedTest
	@MethodSource("crafts")
	void anIndigoListingIsIndigoAndARedOneRed(String craft) throws IOException {
		int[] indigo = mean(
				decode(this.painter.paint(craft, "photo-lst-00009-1", java.util.List.of("indigo")).image()));
		assertThat(indigo[2]).as("blue over red").isGreaterThan(indigo[0]);
		assertThat(indigo[2]).as("blue over green").isGreaterThan(indigo[1]);
		int[] red = mean(decode(this.painter.paint(craft, "photo-lst-00009-1", java.util.List.of("red")).image()));
		assertThat(red[0]).as("red over green").isGreaterThan(red[1] + 30);
		assertThat(red[0]).as("red over blue").isGreaterThan(red[2] + 30);
	}

	@ParameterizedTest
	@MethodSource("crafts")
	void manyColoursKeepTheCraftsOwnPalette(String craft) {
		assertThat(this.painter.paint(craft, "photo-lst-00009-1", java.util.List.of("multicoloured")).image())
			.isEqualTo(this.painter.paint(craft, "photo-lst-00009-1").image());
	}

	/** The mean red, green and blue of an image. */
	private static int[] mean(BufferedImage image) {
		long[] sum = new long[3];
		for (int y = 0; y < image.getHeight(); y += 4) {
			for (int x = 0; x < image.getWidth(); x += 4) {
				int rgb = image.getRGB(x, y);
				sum[0] += (rgb >> 16) & 0xFF;
				sum[1] += (rgb >> 8) & 0xFF;
				sum[2] += rgb & 0xFF;
			}
		}
		long n = (long) (image.getHeight() / 4) * (image.getWidth() / 4);
		return new int[] { (int) (sum[0] / n), (int) (sum[1] / n), (int) (sum[2] / n) };
	}

	private static BufferedImage decode(byte[] jpeg) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
		assertThat(image).as("decodable JPEG").isNotNull();
		return image;
	}

}
