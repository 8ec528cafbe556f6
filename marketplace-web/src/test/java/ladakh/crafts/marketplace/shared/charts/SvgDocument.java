package ladakh.crafts.marketplace.shared.charts;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads markup with a real XML parser (no DTDs, no external entities): a renderer's SVG
 * or a rendered fragment. Parsing fails the test when the markup is not well-formed.
 */
final class SvgDocument {

	private final Element root;

	private SvgDocument(Element root) {
		this.root = root;
	}

	static SvgDocument parse(String markup) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
			return new SvgDocument(document.getDocumentElement());
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed: " + ex.getMessage() + "\n" + markup, ex);
		}
	}

	Element root() {
		return this.root;
	}

	/** Every element with this local name, in document order. */
	List<Element> all(String localName) {
		NodeList nodes = this.root.getElementsByTagNameNS("*", localName);
		List<Element> elements = new ArrayList<>(nodes.getLength());
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** Every element with this local name whose class list holds the class. */
	List<Element> withClass(String localName, String className) {
		return all(localName).stream()
			.filter((element) -> List.of(element.getAttribute("class").split(" ")).contains(className))
			.toList();
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

}
