package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a rendered page with the validator.nu HTML5 parser: no parse errors
 * (misnested or stray tags, duplicate attributes or ids, missing doctype), and
 * no inline scripts or styles (the Content-Security-Policy forbids them).
 */
public final class HtmlConformance {

  private HtmlConformance() {}

  /** The problems found, one line each with its line number; empty when clean. */
  public static List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
    parser.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // warnings (e.g. about character encodings declared late) do not make a page invalid
      }

      @Override
      public void error(SAXParseException e) {
        problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    });
    parser.setContentHandler(new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (atts.getValue("style") != null) {
          problems.add("inline style on <" + localName + ">");
        }
        if (localName.equals("script") && atts.getValue("src") == null) {
          problems.add("inline script");
        }
        for (int i = 0; i < atts.getLength(); i++) {
          if (atts.getLocalName(i).startsWith("on")) {
            problems.add("inline event handler " + atts.getLocalName(i));
          }
        }
      }
    });
    try {
      parser.parse(new InputSource(new StringReader(html)));
    } catch (SAXException e) {
      problems.add("unparsable: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /** Fails with every problem listed unless the page is clean. */
  public static void assertConforms(String html) {
    assertThat(problems(html)).as("HTML problems").isEmpty();
  }
}
