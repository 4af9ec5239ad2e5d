package vn.tinnhiem.server.trustee;

import static vn.tinnhiem.server.trustee.TrusteeJs.G;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.trustee.PedersenSetup;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.Polynomial;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.TrusteeKind;
import vn.tinnhiem.crypto.trustee.Trustees;
import vn.tinnhiem.crypto.trustee.Voutput;
import vn.tinnhiem.server.booth.TestPageServer;

/**
 * A stand-in for the server side of docs/voting-api.md section 1, for the page test only: a
 * 2-of-3 Pedersen board whose member 1 is the browser and members 2 and 3 act in Java as soon as
 * they can. Serves the trustee template (rendered by Thymeleaf with the real message bundles),
 * the static files, and the token API with the application's Content-Security-Policy.
 */
final class FakeTrusteeServer implements AutoCloseable {
  static final String TOKEN = "3yZe7d1P5dpN8Rk2dWn9tXq4VfGhJkLm";
  static final String UUID = "XjmWHrBNyrdD8R";
  static final String FINGERPRINT = "test-fingerprint";
  static final int[][] COUNTS = {{1, 2, 0}, {0, 1, 2}};

  private final HttpServer server;
  private final List<PedersenKeys> javaMembers = List.of(PedersenKeys.generate(G),
      PedersenKeys.generate(G));
  private final SignedMessage[] certs = new SignedMessage[3];
  private final Polynomial[] polynomials = new Polynomial[3];
  private final Voutput[] voutputs = new Voutput[3];
  private Trustees trustees;
  private List<List<Ciphertext>> tally;
  private PartialDecryption partial;

  FakeTrusteeServer() throws IOException {
    for (int i = 1; i < 3; i++) {
      certs[i] = PedersenTrustee.certificate(G, javaMembers.get(i - 1));
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Closes the vote: a tally of COUNTS under the election key, to be decrypted. */
  synchronized void closeVote() {
    tally = TrusteeJs.encrypt(trustees.publicKey(G), COUNTS);
  }

  synchronized PartialDecryption partial() {
    return partial;
  }

  synchronized Trustees trustees() {
    return trustees;
  }

  synchronized List<List<Ciphertext>> tally() {
    return tally;
  }

  private synchronized String step() {
    if (trustees != null) {
      return tally == null ? "keys-done" : partial == null ? "decrypt" : "decrypted";
    }
    if (certs[0] == null) {
      return "certificate";
    }
    if (polynomials[0] == null) {
      return "polynomial";
    }
    return "voutput";
  }

  /** Members 2 and 3 do whatever the others' messages allow. */
  private void advance() {
    List<SignedMessage> all = Arrays.asList(certs);
    if (certs[0] != null && polynomials[1] == null) {
      for (int i = 1; i < 3; i++) {
        polynomials[i] = PedersenTrustee.polynomial(G, javaMembers.get(i - 1), all, 2);
      }
    }
    if (polynomials[0] != null && voutputs[1] == null) {
      var vinputs = PedersenSetup.vinputs(G, all, Arrays.asList(polynomials));
      for (int i = 1; i < 3; i++) {
        voutputs[i] = PedersenTrustee.voutput(G, javaMembers.get(i - 1), all, vinputs.get(i));
      }
    }
    if (voutputs[0] != null && trustees == null) {
      trustees = new Trustees(List.of(new TrusteeKind.Pedersen(PedersenSetup.thresholdParameters(
          G, all, Arrays.asList(polynomials), Arrays.asList(voutputs)))));
    }
  }

  private synchronized Json state() {
    List<Object> fields = new ArrayList<>(List.of("index", Json.integer(1), "trustees",
        Json.integer(3), "threshold", Json.integer(2), "group", Json.str(G.name()),
        "uuid", Json.str(UUID), "mode", Json.str("pedersen"), "step", Json.str(step())));
    if (certs[0] != null) {
      fields.addAll(List.of("certificates",
          Json.array(Arrays.stream(certs).map(SignedMessage::toJson).toList())));
    }
    if (polynomials[0] != null && voutputs[0] == null) {
      fields.addAll(List.of("vinput", PedersenSetup.vinputs(G, Arrays.asList(certs),
          Arrays.asList(polynomials)).get(0).toJson()));
    }
    if (voutputs[0] != null) {
      fields.addAll(List.of("voutput", voutputs[0].toJson()));
    }
    if (trustees != null) {
      fields.addAll(List.of("fingerprint", Json.str(FINGERPRINT),
          "publicKey", Json.str(trustees.publicKey(G).toString())));
    }
    return Json.obj(fields.toArray());
  }

  /** Stores a message when its check passes; 409 at another step, 422 when it fails. */
  private synchronized int accept(String endpoint, String body) {
    String expected = Map.of("certificate", "certificate", "polynomial", "polynomial",
        "voutput", "voutput", "partial-decryption", "decrypt").get(endpoint);
    if (!step().equals(expected)) {
      return 409;
    }
    Check check = switch (endpoint) {
      case "certificate" -> store(body, t -> {
        certs[0] = SignedMessage.parse(t, G);
        return PedersenSetup.checkCertificate(G, certs[0]);
      });
      case "polynomial" -> store(body, t -> {
        polynomials[0] = Polynomial.parse(t, G);
        return PedersenSetup.checkPolynomial(G, Arrays.asList(certs), 0, polynomials[0]);
      });
      case "voutput" -> store(body, t -> {
        voutputs[0] = Voutput.parse(t, G);
        return PedersenSetup.checkVoutput(G, Arrays.asList(certs), Arrays.asList(polynomials),
            0, voutputs[0]);
      });
      default -> store(body, t -> {
        partial = PartialDecryption.parse(t, G);
        return Decryption.check(G, trustees, tally, FINGERPRINT, 1, partial);
      });
    };
    if (!check.passed()) {
      throw new IllegalStateException(check.toString());
    }
    advance();
    return 201;
  }

  private static Check store(String body, Function<String, Check> parseAndCheck) {
    return parseAndCheck.apply(body);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String api = "/api/trustee/" + TOKEN;
      if (path.equals("/trustee/" + TOKEN)) {
        send(exchange, 200, "text/html", page().getBytes(StandardCharsets.UTF_8));
      } else if (path.equals(api)) {
        send(exchange, 200, "application/json", JsonWriter.writeBytes(state()));
      } else if (path.equals(api + "/encrypted-tally") && tally() != null) {
        send(exchange, 200, "application/json", TrusteeJs.text(tally())
            .getBytes(StandardCharsets.UTF_8));
      } else if (path.startsWith(api + "/") && "POST".equals(exchange.getRequestMethod())) {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        try {
          status = accept(path.substring(api.length() + 1), body);
        } catch (RuntimeException e) {
          status = 422;
        }
        send(exchange, status, "application/json", JsonWriter.writeBytes(status == 201 ? state()
            : Json.obj("title", Json.str("refused"), "status", Json.integer(status),
                "detail", Json.str("refused with " + status))));
      } else {
        byte[] file = staticFile(path);
        if (file == null) {
          send(exchange, 404, "text/plain", new byte[0]);
        } else {
          send(exchange, 200, path.endsWith(".css") ? "text/css" : "text/javascript", file);
        }
      }
    }
  }

  private static byte[] staticFile(String path) throws IOException {
    if (path.contains("..") || !(path.startsWith("/js/") || path.startsWith("/css/"))) {
      return null;
    }
    try (InputStream in = FakeTrusteeServer.class.getResourceAsStream("/static" + path)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Content-Security-Policy",
        TestPageServer.CONTENT_SECURITY_POLICY);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** templates/trustee/trustee.html rendered in Vietnamese with the real message bundles. */
  private static String page() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "i18n/trustee");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
    MockServletContext servletContext = new MockServletContext();
    JakartaServletWebApplication app = JakartaServletWebApplication.buildApplication(servletContext);
    WebContext context = new WebContext(app.buildExchange(new MockHttpServletRequest(servletContext),
        new MockHttpServletResponse()), Locale.forLanguageTag("vi"),
        Map.of("token", TOKEN, "title", "Hội nghị lấy phiếu tín nhiệm 2025",
            "memberName", "Đặng Văn G"));
    return engine.process("trustee/trustee", context);
  }

  @Override
  public void close() {
    server.stop(0);
  }

}
