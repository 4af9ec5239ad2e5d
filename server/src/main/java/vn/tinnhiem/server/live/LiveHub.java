package vn.tinnhiem.server.live;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open projector screens of this node, by session. A change is rendered once per language
 * and sent to every screen of the session, on one delivery thread (a burst of changes to one
 * session is sent once). A screen that cannot be written to is dropped; its browser reconnects
 * by itself and gets the whole view again.
 */
@Component
class LiveHub {

  private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
  /** Screens per session: far above any room, low enough that a loop cannot exhaust memory. */
  static final int MAX_CLIENTS_PER_SESSION = 500;
  /** Browsers reconnect on their own; 30 minutes keeps dead connections from piling up. */
  static final long TIMEOUT_MS = TimeUnit.MINUTES.toMillis(30);
  static final long HEARTBEAT_SECONDS = 20;
  static final String EVENT = "update";

  private record Client(Locale locale, SseEmitter emitter) {}

  private final Map<Long, List<Client>> clients = new ConcurrentHashMap<>();
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread t = new Thread(r, "tinnhiem-live");
        t.setDaemon(true);
        return t;
      });
  private final ProjectorRenderer renderer;

  LiveHub(ProjectorRenderer renderer) {
    this.renderer = renderer;
    worker.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
        TimeUnit.SECONDS);
  }

  /** A new screen: it gets the view at once, then every change. Empty when the room is full. */
  Optional<SseEmitter> subscribe(long sessionId, Locale locale) {
    List<Client> list = clients.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>());
    if (list.size() >= MAX_CLIENTS_PER_SESSION) {
      return Optional.empty();
    }
    SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
    Client client = new Client(locale, emitter);
    list.add(client);
    Runnable remove = () -> list.remove(client);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    worker.execute(() -> send(sessionId, client, renderer.render(sessionId, locale)));
    return Optional.of(emitter);
  }

  /** Sends the session's view to its screens soon, on the delivery thread. */
  void deliverLater(long sessionId) {
    if (!clients.getOrDefault(sessionId, List.of()).isEmpty() && pending.add(sessionId)) {
      worker.execute(() -> {
        pending.remove(sessionId); // a change from now on schedules another delivery
        deliver(sessionId);
      });
    }
  }

  /** Every session with screens, after a gap in which changes may have been missed. */
  void deliverAllLater() {
    clients.keySet().forEach(this::deliverLater);
  }

  int screens(long sessionId) {
    return clients.getOrDefault(sessionId, List.of()).size();
  }

  private void deliver(long sessionId) {
    List<Client> list = clients.getOrDefault(sessionId, List.of());
    Map<Locale, Optional<String>> rendered = new ConcurrentHashMap<>();
    for (Client client : list) {
      send(sessionId, client,
          rendered.computeIfAbsent(client.locale(), l -> renderer.render(sessionId, l)));
    }
  }

  private void send(long sessionId, Client client, Optional<String> html) {
    try {
      if (html.isEmpty()) {
        client.emitter().complete(); // the session is gone
        return;
      }
      client.emitter().send(SseEmitter.event().name(EVENT).reconnectTime(3000)
          .data(html.get()));
    } catch (IOException | IllegalStateException e) {
      clients.getOrDefault(sessionId, List.of()).remove(client);
      client.emitter().completeWithError(e);
    } catch (RuntimeException e) {
      log.warn("projector view of session {} failed", sessionId, e);
    }
  }

  /** A comment line now and then, so that proxies keep idle streams open. */
  private void heartbeat() {
    clients.forEach((sessionId, list) -> {
      for (Client client : list) {
        try {
          client.emitter().send(SseEmitter.event().comment("keep-alive"));
        } catch (IOException | IllegalStateException e) {
          list.remove(client);
        }
      }
    });
  }

  @PreDestroy
  void close() {
    worker.shutdownNow();
    clients.values().forEach(list -> list.forEach(c -> c.emitter().complete()));
    clients.clear();
  }
}
