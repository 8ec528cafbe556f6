package ladakh.crafts.marketplace.media;

import java.awt.image.BufferedImage;

import ladakh.crafts.marketplace.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImagesTests {

	private static final long SIXTEEN_MEGAPIXELS = 16_777_216L;

	@ParameterizedTest
	@ValueSource(strings = { "gif", "bmp", "tiff" })
	void takesOnlyJpegAndPngWhateverTheFileIsCalled(String format) {
		byte[] other = TestImages.encoded(format, 200, 100);
		assertThatThrownBy(() -> Images.inspect(other, SIXTEEN_MEGAPIXELS)).isInstanceOfSatisfying(
				Images.Unreadable.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(Images.Reason.NOT_JPEG_OR_PNG));
		assertThatThrownBy(() -> Images.decode(other, SIXTEEN_MEGAPIXELS, 600)).isInstanceOf(Images.Unreadable.class);
	}

	@Test
	void tellsAFileThatIsNoImageApartFromAnotherFormat() {
		assertThatThrownBy(() -> Images.inspect("<html></html>".getBytes(), SIXTEEN_MEGAPIXELS)).isInstanceOfSatisfying(
				Images.Unreadable.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(Images.Reason.NOT_AN_IMAGE));
	}

	@Test
	void readsTheSizeFromTheHeaderAlone() throws Exception {
		// The pixel data stops after four rows: only a decode would notice.
		byte[] cutShort = TestImages.truncatedPng(2000, 1500);
		Images.Header header = Images.inspect(cutShort, SIXTEEN_MEGAPIXELS);
		assertThat(header.format()).isEqualTo(Images.Format.PNG);
		assertThat(header.width()).isEqualTo(2000);
		assertThat(header.height()).isEqualTo(1500);
		assertThatThrownBy(() -> Images.decode(cutShort, SIXTEEN_MEGAPIXELS, 600)).isInstanceOfSatisfying(
				Images.Unreadable.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(Images.Reason.NOT_AN_IMAGE));
		assertThatThrownBy(() -> Images.inspect(TestImages.truncatedPng(5000, 4000), SIXTEEN_MEGAPIXELS))
			.isInstanceOfSatisfying(Images.Unreadable.class,
					(refused) -> assertThat(refused.reason()).isEqualTo(Images.Reason.TOO_MANY_PIXELS));
	}

	@Test
	void decodesNoMorePixelsThanTheStoredSizeNeeds() throws Exception {
		Images.Decoded png = Images.decode(TestImages.blankPng(4000, 3000), SIXTEEN_MEGAPIXELS, 600);
		assertThat(png.header().width()).isEqualTo(4000);
		assertThat(png.image().getWidth()).isBetween(600, 1199);
		assertThat(png.image().getHeight()).isLessThan(1200);
		BufferedImage stored = Images.scaled(png, 600);
		assertThat(stored.getWidth()).isEqualTo(600);
		assertThat(stored.getHeight()).isEqualTo(450);

		Images.Decoded jpeg = Images.decode(TestImages.encoded("jpeg", 2400, 1800), SIXTEEN_MEGAPIXELS, 400);
		assertThat(jpeg.header().format()).isEqualTo(Images.Format.JPEG);
		assertThat(jpeg.image().getWidth()).isBetween(400, 799);
		assertThat(Images.scaled(jpeg, 400).getHeight()).isEqualTo(300);
	}

	@Test
	void aSmallImageIsReadWhole() throws Exception {
		Images.Decoded small = Images.decode(TestImages.encoded("png", 300, 200), SIXTEEN_MEGAPIXELS, 600);
		assertThat(small.image().getWidth()).isEqualTo(300);
		assertThat(Images.scaled(small, 600).getWidth()).as("never scaled up").isEqualTo(300);
	}

}
