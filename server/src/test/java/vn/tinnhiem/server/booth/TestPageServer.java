package vn.tinnhiem.server.booth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * A loopback HTTP server for the browser tests: /js/booth/* from the application's static
 * files, /test/* from src/test/resources/booth/browser, sent with the application's
 * Content-Security-Policy so the modules and the worker run under the same rules as the booth.
 */
public final class TestPageServer implements AutoCloseable {
  /** The policy of account.SecurityConfiguration; keep the two in step. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";
  private static final Map<String, String> ROOTS = Map.of(
      "/js/booth/", "/static/js/booth/",
      "/test/", "/booth/browser/");
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "mjs", "text/javascript; charset=utf-8",
      "html", "text/html; charset=utf-8");

  private final HttpServer server;
  private final Map<String, String> roots;

  private TestPageServer(HttpServer server, Map<String, String> roots) {
    this.server = server;
    this.roots = roots;
  }

  static TestPageServer start() throws IOException {
    return start(ROOTS);
  }

  /** Serves each URL prefix from its classpath folder, e.g. "/js/booth/" from "/static/js/booth/". */
  public static TestPageServer start(Map<String, String> roots) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    TestPageServer out = new TestPageServer(server, Map.copyOf(roots));
    server.createContext("/", out::serve);
    server.start();
    return out;
  }

  /** http://127.0.0.1:port: a secure context, so WebCrypto is available. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = load(exchange.getRequestURI().getPath());
      String path = exchange.getRequestURI().getPath();
      String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
      if (body == null || type == null || !"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The file's bytes, or null outside the two roots. */
  private byte[] load(String path) throws IOException {
    if (path.contains("..")) {
      return null;
    }
    for (Map.Entry<String, String> root : roots.entrySet()) {
      if (path.startsWith(root.getKey())) {
        String resource = root.getValue() + path.substring(root.getKey().length());
        try (InputStream in = TestPageServer.class.getResourceAsStream(resource)) {
          return in == null ? null : in.readAllBytes();
        }
      }
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
