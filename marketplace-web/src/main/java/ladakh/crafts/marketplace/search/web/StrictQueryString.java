package ladakh.crafts.marketplace.search.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a raw query string, refusing what is not UTF-8 text. WebFlux's own parameter map
 * quietly turns invalid bytes ({@code %FF}, {@code %C3%28}) into replacement characters,
 * which would then be searched for; a buyer is better told the address is broken. The
 * first value of a repeated parameter wins.
 */
final class StrictQueryString {

	private StrictQueryString() {
	}

	static Map<String, String> parse(String rawQuery) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			parameters.putIfAbsent(name, value);
		}
		return parameters;
	}

	private static String decode(String raw) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%') {
				if (i + 2 >= raw.length()) {
					throw SearchInputException.of("encoding");
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					throw SearchInputException.of("encoding");
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else {
				byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isSurrogate(c)) {
					// A raw (unescaped) character outside the BMP: keep both halves.
					if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
						utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
						i++;
					}
					else {
						throw SearchInputException.of("encoding");
					}
				}
				bytes.writeBytes(utf8);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw SearchInputException.of("encoding");
		}
	}

}
