package vn.tinnhiem.server.news;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The public items as an Atom 1.0 feed (RFC 4287), written with StAX so that every text is
 * escaped by the XML writer, not by hand.
 */
final class AtomFeed {

  static final String NS = "http://www.w3.org/2005/Atom";
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private AtomFeed() {}

  /**
   * @param base    the site's absolute base URL, without a trailing slash
   * @param title   the feed's title
   * @param items   published items, newest first
   * @param fallback the feed's updated time when there are no items
   */
  static String write(String base, String title, List<NewsItem> items,
      OffsetDateTime fallback) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "id", base + "/news");
      text(x, "title", title);
      text(x, "updated", stamp(items.stream().map(AtomFeed::updated)
          .max(OffsetDateTime::compareTo).orElse(fallback)));
      link(x, "self", base + "/news/feed.atom", "application/atom+xml");
      link(x, "alternate", base + "/news", "text/html");
      x.writeStartElement("author");
      text(x, "name", "tinnhiem");
      x.writeEndElement();
      for (NewsItem item : items) {
        x.writeStartElement("entry");
        String url = base + "/news/" + item.id();
        text(x, "id", url);
        text(x, "title", item.title());
        text(x, "updated", stamp(updated(item)));
        if (item.publishedAt() != null) {
          text(x, "published", stamp(item.publishedAt()));
        }
        link(x, "alternate", url, "text/html");
        x.writeStartElement("summary");
        x.writeAttribute("type", "text");
        x.writeCharacters(item.summary());
        x.writeEndElement();
        x.writeStartElement("content");
        x.writeAttribute("type", "text");
        x.writeCharacters(item.body());
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing the feed in memory cannot fail", e);
    }
  }

  private static OffsetDateTime updated(NewsItem item) {
    return item.updatedAt();
  }

  private static String stamp(OffsetDateTime t) {
    return RFC3339.format(t.withOffsetSameInstant(ZoneOffset.UTC).withNano(0));
  }

  private static void text(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
    x.writeAttribute("type", type);
  }
}
