package vn.tinnhiem.crypto.trustee;

import vn.tinnhiem.crypto.json.JsonFormatException;

/** Outside trustee data that cannot be read: bad seed, undecryptable or misaddressed message. */
public class TrusteeFormatException extends JsonFormatException {
  public TrusteeFormatException(String message) {
    super(message);
  }
}
