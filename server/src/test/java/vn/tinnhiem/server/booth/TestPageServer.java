package vn.tinnhiem.server.booth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * A loopback HTTP server for the browser tests: /js/*, /css/* and /webjars/* as the
 * application serves them, /test/* from src/test/resources/booth/browser, and routes a test
 * adds (rendered pages, canned API answers), all sent with the application's
 * Content-Security-Policy so pages, modules and workers run under the same rules as in the
 * application. Requests to routes are recorded.
 */
public final class TestPageServer implements AutoCloseable {
  /** The policy of account.SecurityConfiguration; keep the two in step. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";
  private static final Map<String, String> ROOTS = Map.of(
      "/js/", "/static/js/",
      "/css/", "/static/css/",
      "/webjars/", "/META-INF/resources/webjars/",
      "/test/", "/booth/browser/");
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "mjs", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "html", "text/html; charset=utf-8");

  /** What a route was asked: method, path, headers (lower-case names), body as UTF-8. */
  record Request(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** A route's answer, with any headers of its own. */
  record Response(int status, String contentType, String body, Map<String, String> headers) {
    Response(int status, String contentType, String body) {
      this(status, contentType, body, Map.of());
    }

    Response withHeader(String name, String value) {
      Map<String, String> more = new HashMap<>(headers);
      more.put(name, value);
      return new Response(status, contentType, body, Map.copyOf(more));
    }

    static Response json(int status, String body) {
      return new Response(status, "application/json", body);
    }

    static Response problem(int status, String code, String detail) {
      return new Response(status, "application/problem+json", JsonWriter.write(Json.obj(
          "type", Json.str("about:blank"), "title", Json.str(code),
          "status", Json.integer(status), "detail", Json.str(detail), "code", Json.str(code))));
    }

    static Response html(String body) {
      return new Response(200, "text/html; charset=utf-8", body);
    }
  }

  private final HttpServer server;
  private final Map<String, String> roots;
  private final Map<String, Function<Request, Response>> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private TestPageServer(HttpServer server, Map<String, String> roots) {
    this.server = server;
    this.roots = roots;
  }

  static TestPageServer start() throws IOException {
    return start(ROOTS);
  }

  /** Serves each URL prefix from its classpath folder, e.g. "/js/booth/" from "/static/js/booth/". */
  public static TestPageServer start(Map<String, String> roots) throws IOException {
    HttpServer http = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    TestPageServer server = new TestPageServer(http, Map.copyOf(roots));
    http.createContext("/", server::serve);
    http.start();
    return server;
  }

  /** Answers {@code method path} (exact path, no query) with the handler; replaces any earlier. */
  TestPageServer route(String method, String path, Function<Request, Response> handler) {
    routes.put(method + " " + path, handler);
    return this;
  }

  /** The requests routes received with this method and path, oldest first. */
  List<Request> requests(String method, String path) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  void clearRequests() {
    requests.clear();
  }

  /** http://127.0.0.1:port: a secure context, so WebCrypto is available. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Function<Request, Response> route = routes.get(exchange.getRequestMethod() + " " + path);
      if (route != null) {
        answer(exchange, route);
        return;
      }
      byte[] body = load(path);
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

  private void answer(HttpExchange exchange, Function<Request, Response> route)
      throws IOException {
    Map<String, List<String>> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    Request request = new Request(exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(), Map.copyOf(headers),
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    requests.add(request);
    Response response = route.apply(request);
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    response.headers().forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The file's bytes, or null outside the roots. */
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
