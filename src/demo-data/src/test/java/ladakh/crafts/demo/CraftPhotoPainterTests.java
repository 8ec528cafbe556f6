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

	private static BufferedImage decode(byte[] jpeg) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
		assertThat(image).as("decodable JPEG").isNotNull();
		return image;
	}

}
