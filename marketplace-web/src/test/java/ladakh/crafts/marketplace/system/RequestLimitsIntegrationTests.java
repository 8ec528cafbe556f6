package ladakh.crafts.marketplace.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies larger than an address accepts are refused with 413 before they are read: the
 * tests talk raw HTTP over a socket, send only the start of a body, and still get their
 * answer (a server that read on would wait for the rest, and the read would time out).
 * Every request carries a CSRF cookie but no token header, so without the limit the CSRF
 * filter would read a multipart body to look for the token.
 */
@WebIntegrationTest
class RequestLimitsIntegrationTests extends MongoBackedTest {

	private static final String BOUNDARY = "limits-boundary";

	private static final String CSRF_COOKIE = "XSRF-TOKEN=8d1c6a0e-2f7b-4a51-9c1e-3b7f0d2e4a11";

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient http;

	@Test
	void anAnnouncedTwentyMegabyteApplicationIsRefusedBeforeItsBodyIsRead() throws IOException {
		String head = "POST /register/artisan HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: "
				+ CSRF_COOKIE + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: "
				+ (20 * 1024 * 1024) + "\r\n\r\n";
		String response = exchange(head, photoPartStart(64 * 1024));
		assertThat(response).startsWith("HTTP/1.1 413").contains("too large");
	}

	@Test
	void aChunkedApplicationIsCutOffOnceItPassesTheLimit() throws IOException {
		String head = "POST /register/artisan HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: "
				+ CSRF_COOKIE + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
				+ "\r\nTransfer-Encoding: chunked\r\n\r\n";
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		byte[] start = photoPartStart(0);
		chunk(chunks, start);
		byte[] block = new byte[64 * 1024];
		for (int sent = 0; sent < 3 * 1024 * 1024; sent += block.length) {
			chunk(chunks, block);
		}
		// No last chunk: the body never ends, so only a limit can answer.
		String response = exchange(head, chunks.toByteArray());
		assertThat(response).startsWith("HTTP/1.1 413");
	}

	@Test
	void theApiRefusesAnOversizedBodyWithAProblemDetail() throws IOException {
		String head = "POST /api/v1/cart/items HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + (5 * 1024 * 1024) + "\r\n\r\n";
		String response = exchange(head, "{\"listingId\": \"".getBytes(StandardCharsets.US_ASCII));
		assertThat(response).startsWith("HTTP/1.1 413");
		assertThat(response.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
		assertThat(response).contains("\"status\":413").contains("larger than");
	}

	@Test
	void aFormOfTooManyPartsIsRefused() {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		for (int i = 0; i < 500; i++) {
			body.part("crafts", "craft-" + i);
		}
		this.http.post()
			.uri("/register/artisan")
			.header("Cookie", CSRF_COOKIE)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isEqualTo(413);
	}

	@Test
	void aFormFieldLargerThanAPartMayHoldInMemoryIsRefused() {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("name", "x".repeat(600 * 1024));
		this.http.post()
			.uri("/register/artisan")
			.header("Cookie", CSRF_COOKIE)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isEqualTo(413);
	}

	/**
	 * A form body that is not valid URL encoding is the client's mistake: 400 from
	 * whoever reads the form first (here the CSRF filter, looking for its token), where
	 * the decoder's error answered 500 (found by EveryEndpointSurvivesHostileInputTests).
	 */
	@Test
	void aFormBodyThatIsNotValidUrlEncodingIsRefusedWith400() {
		this.http.post()
			.uri("/signup")
			.header("Cookie", CSRF_COOKIE)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("name=%zz&login=a%2")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private static byte[] photoPartStart(int filler) {
		String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"big.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n";
		byte[] head = part.getBytes(StandardCharsets.US_ASCII);
		byte[] all = new byte[head.length + filler];
		System.arraycopy(head, 0, all, 0, head.length);
		return all;
	}

	private static void chunk(ByteArrayOutputStream out, byte[] data) {
		out.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(data);
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Sends the head and the start of a body, keeps the connection open, and reads the
	 * answer: the status line, headers and the body the answer announces. The timeout
	 * only stops a test whose server waits for the rest of the body.
	 */
	private String exchange(String head, byte[] bodyStart) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(bodyStart);
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			while (!complete(received.toString(StandardCharsets.UTF_8))) {
				int n = in.read(buffer);
				if (n < 0) {
					break;
				}
				received.write(buffer, 0, n);
			}
		}
		catch (SocketException ex) {
			// A reset after the answer arrived: what was read is the answer.
			if (received.size() == 0) {
				throw ex;
			}
		}
		return received.toString(StandardCharsets.UTF_8);
	}

	private static boolean complete(String received) {
		int headEnd = received.indexOf("\r\n\r\n");
		if (headEnd < 0) {
			return false;
		}
		Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(received.substring(0, headEnd));
		if (length.find()) {
			return received.getBytes(StandardCharsets.UTF_8).length >= headEnd + 4 + Integer.parseInt(length.group(1));
		}
		if (received.substring(0, headEnd).toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
			return received.endsWith("0\r\n\r\n");
		}
		return false;
	}

}
