package vn.tinnhiem.crypto.group;

import vn.tinnhiem.crypto.json.JsonFormatException;

/** A number from outside that is not a valid group element or exponent. */
public class GroupFormatException extends JsonFormatException {
  public GroupFormatException(String message) {
    super(message);
  }
}
