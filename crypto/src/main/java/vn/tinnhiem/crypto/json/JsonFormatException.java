package vn.tinnhiem.crypto.json;

/** Outside input that is not the JSON we expect: malformed, wrong type, missing field. */
public class JsonFormatException extends RuntimeException {
  public JsonFormatException(String message) {
    super(message);
  }

  public JsonFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
