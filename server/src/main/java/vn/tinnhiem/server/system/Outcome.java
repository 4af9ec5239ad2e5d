package vn.tinnhiem.server.system;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a service did with a requested change: done, with a value, or
 * refused, with reasons and nothing stored. Services validate before they
 * write, so a refusal never leaves half a change behind.
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Refused {

  /** How a refusal maps to HTTP. */
  enum Kind {
    /** Bad input: 422 for a form, 400/422 for JSON. */
    INVALID(422),
    /** The request is fine but the state does not allow it, e.g. a frozen session: 409. */
    CONFLICT(409),
    /** Something named in the request does not exist: 404. */
    NOT_FOUND(404),
    /** Fine, but the server cannot take it now; nothing stored, send it again later: 503. */
    BUSY(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int httpStatus() {
      return status;
    }
  }

  record Done<T>(T value) implements Outcome<T> {
    public Done {
      Objects.requireNonNull(value, "value");
    }
  }

  record Refused<T>(Kind kind, List<Refusal> refusals) implements Outcome<T> {
    public Refused {
      Objects.requireNonNull(kind, "kind");
      refusals = List.copyOf(refusals);
      if (refusals.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs at least one reason");
      }
    }

    /** The same refusal, typed for another value. */
    @SuppressWarnings("unchecked")
    public <U> Refused<U> cast() {
      return (Refused<U>) this;
    }
  }

  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Outcome<T> invalid(List<Refusal> refusals) {
    return new Refused<>(Kind.INVALID, refusals);
  }

  static <T> Outcome<T> invalid(Refusal refusal) {
    return new Refused<>(Kind.INVALID, List.of(refusal));
  }

  static <T> Outcome<T> conflict(String code, Object... args) {
    return new Refused<>(Kind.CONFLICT, List.of(Refusal.of(code, args)));
  }

  static <T> Outcome<T> notFound(String code, Object... args) {
    return new Refused<>(Kind.NOT_FOUND, List.of(Refusal.of(code, args)));
  }

  static <T> Outcome<T> busy(String code, Object... args) {
    return new Refused<>(Kind.BUSY, List.of(Refusal.of(code, args)));
  }

  default boolean isDone() {
    return this instanceof Done;
  }

  /** The value, for callers that have already checked {@link #isDone()} (tests, seeding). */
  default T orElseThrow() {
    if (this instanceof Done<T> done) {
      return done.value();
    }
    throw new IllegalStateException("refused: " + this);
  }

  default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    if (this instanceof Done<T> done) {
      return new Done<>(f.apply(done.value()));
    }
    return ((Refused<T>) this).cast();
  }
}
