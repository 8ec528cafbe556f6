package ladakh.crafts.marketplace.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.fail;

/**
 * What a person would call broken on the page the browser shows: the HTTP status it came
 * with, a message key shown as {@code ??key??}, an enum constant, an internal id or an
 * ISO date in the visible text, a page wider than the screen, and the WCAG 2.1 AA
 * violations that axe-core finds (axe-core from npm, installed by {@code .ci/run} into
 * {@code src/test/axe}, injected into the page here).
 */
public final class PageInspection {

	private static final Path AXE = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");

	/** Two or more capital words joined by underscores: {@code DISTRICT_PLAN}. */
	private static final Pattern ENUM_WITH_UNDERSCORE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	/** A capital word standing alone (not part of {@code LEH/HC/2026/0042}). */
	private static final Pattern CAPITAL_WORD = Pattern.compile("(?<![/\\w-])[A-Z]{3,}(?![/\\w-])");

	/** Capital words people write themselves. */
	private static final Set<String> ABBREVIATIONS = Set.of("SHG", "SHGS", "UPI", "PDF", "CSV", "IST", "PIN", "UTR",
			"IFSC", "GRN", "NEFT", "RTGS", "IMPS", "OTP", "API", "GST", "PAN", "IITF", "URL", "FAQ", "JPEG", "PNG",
			"WEBP", "INR", "NGO", "CFC", "MSME", "KVIC", "IIT", "HTTP", "HTTPS", "SVG", "PDFS", "OK", "GI", "QR", "ID",
			"TV", "USA", "UK", "DIY", "EMI", "SMS", "COD");

	/** Ids the application makes: {@code art-0001}, {@code lst-00042}, a UUID. */
	private static final Pattern INTERNAL_ID = Pattern
		.compile("\\b(?:(?:art|shg|tc|lst|ord|part|usr|app|batch|trn|photo|coop|unit)-[a-z0-9-]*\\d[a-z0-9-]*"
				+ "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})\\b");

	private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?\\b");

	private static final String VISIBLE_TEXT = """
			const parts = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  const parent = node.parentElement;
			  if (!parent || parent.closest('script,style,noscript,template,textarea,code,kbd,pre')) continue;
			  if (parent.checkVisibility && !parent.checkVisibility()) continue;
			  const text = node.data.trim();
			  if (text) parts.push(text);
			}
			return parts.join('\\n');
			""";

	private static final String AXE_RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))))
			  .catch((error) => done(['axe failed: ' + error]));
			""";

	private final Set<String> craftSlugs;

	private String axeSource;

	/**
	 * @param craftSlugs the crafts' ids ({@code thangka-painting}), which must never show
	 * as text
	 */
	public PageInspection(Set<String> craftSlugs) {
		this.craftSlugs = craftSlugs;
	}

	/**
	 * Has the browser load axe-core into every page it opens from now on (sent to it
	 * once, not with every page: the walk inspects hundreds).
	 */
	public void loadAxeIntoEveryPage(ChromeDriver browser) {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe()));
	}

	/** The problems of the page the browser shows now, each as one line; none is good. */
	public List<String> problems(ChromeDriver browser) {
		List<String> problems = textAndLayoutProblems(browser);
		JavascriptExecutor js = browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(axe());
		}
		Object violations = browser.executeAsyncScript(AXE_RUN);
		if (violations instanceof List<?> list) {
			list.forEach((violation) -> problems.add("axe: " + violation));
		}
		return problems;
	}

	/**
	 * The problems of the page in another language than the one axe-core checked it in:
	 * its status, texts and width, and that it says which language it is in. Axe's rules
	 * (structure, names, contrast) do not change with the language of the words.
	 */
	public List<String> problemsInLanguage(ChromeDriver browser, String language) {
		List<String> problems = textAndLayoutProblems(browser);
		Object lang = browser.executeScript("return document.documentElement.lang;");
		if (!language.equals(lang)) {
			problems.add("the page says its language is \"" + lang + "\", not \"" + language + "\"");
		}
		return problems;
	}

	private List<String> textAndLayoutProblems(ChromeDriver browser) {
		JavascriptExecutor js = browser;
		List<String> problems = new ArrayList<>();
		Object status = js
			.executeScript("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;");
		if (status instanceof Number code && code.intValue() >= 400) {
			problems.add("HTTP " + code);
		}
		String text = String.valueOf(js.executeScript(VISIBLE_TEXT));
		problems.addAll(textProblems(text));
		Object widths = js.executeScript(
				"return {page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth};");
		if (widths instanceof Map<?, ?> map
				&& ((Number) map.get("page")).intValue() > ((Number) map.get("screen")).intValue()) {
			problems.add("scrolls sideways: " + map.get("page") + " px wide on a " + map.get("screen") + " px screen");
		}
		return problems;
	}

	/**
	 * The problems of a page's visible text (public, so the rules themselves are tested).
	 */
	public List<String> textProblems(String text) {
		List<String> problems = new ArrayList<>();
		if (text.contains("??")) {
			problems.add("message key shown: " + around(text, text.indexOf("??")));
		}
		find(ENUM_WITH_UNDERSCORE, text, "code shown as text", problems);
		Matcher capitals = CAPITAL_WORD.matcher(text);
		while (capitals.find()) {
			if (!ABBREVIATIONS.contains(capitals.group())) {
				problems
					.add("code shown as text: " + capitals.group() + " in \"" + around(text, capitals.start()) + "\"");
			}
		}
		find(INTERNAL_ID, text, "internal id shown", problems);
		find(ISO_DATE, text, "ISO date shown", problems);
		// A one-word id ("pottery") is also the word; only the joined ones give
		// themselves away.
		for (String slug : this.craftSlugs.stream().filter((slug) -> slug.contains("-")).toList()) {
			Matcher matcher = Pattern.compile("(?<![/\\w-])" + Pattern.quote(slug) + "(?![/\\w-])").matcher(text);
			if (matcher.find()) {
				problems.add("craft id shown: " + slug + " in \"" + around(text, matcher.start()) + "\"");
			}
		}
		return problems;
	}

	private String axe() {
		if (this.axeSource == null) {
			if (!Files.isReadable(AXE)) {
				fail("axe-core is needed at marketplace-web/" + AXE
						+ ": run `npm ci --prefix marketplace-web/src/test/axe` (.ci/run does)");
			}
			try {
				this.axeSource = Files.readString(AXE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.axeSource;
	}

	private static void find(Pattern pattern, String text, String what, List<String> problems) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			problems.add(what + ": " + matcher.group() + " in \"" + around(text, matcher.start()) + "\"");
		}
	}

	private static String around(String text, int at) {
		String snippet = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40));
		return snippet.replace('\n', ' ');
	}

}
