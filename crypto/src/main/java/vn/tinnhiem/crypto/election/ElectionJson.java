package vn.tinnhiem.crypto.election;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/** Wire form of {@link Election} and {@link Question}, fields in the specification's order. */
public final class ElectionJson {
  private ElectionJson() {}

  public static Json toJson(Election e) {
    return Json.obj(
        "version", Json.integer(e.version()),
        "description", Json.str(e.description()),
        "name", Json.str(e.name()),
        "group", Json.str(e.group().name()),
        "public_key", Json.num(e.publicKey()),
        "questions", Json.array(e.questions().stream().map(ElectionJson::toJson).toList()),
        "uuid", Json.str(e.uuid()),
        "administrator", e.administrator() == null ? null : Json.str(e.administrator()),
        "credential_authority",
        e.credentialAuthority() == null ? null : Json.str(e.credentialAuthority()));
  }

  public static byte[] toBytes(Election e) {
    return JsonWriter.writeBytes(toJson(e));
  }

  public static Json toJson(Question q) {
    return Json.obj(
        "answers", Json.array(q.answers().stream().map(Json::str).toList()),
        "blank", q.blank() == null ? null : Json.bool(q.blank()),
        "min", Json.integer(q.min()),
        "max", Json.integer(q.max()),
        "question", Json.str(q.question()));
  }

  public static Election fromBytes(byte[] bytes) {
    return fromJson(JsonParser.parse(bytes));
  }

  public static Election fromJson(Json json) {
    Json.JObject o = json.asObject().onlyKeys("version", "description", "name", "group",
        "public_key", "questions", "uuid", "administrator", "credential_authority");
    int version = o.get("version").asInt();
    if (version != 1) {
      throw new JsonFormatException("unsupported election version " + version);
    }
    Group group = Group.byName(o.get("group").asString());
    List<Question> questions = new ArrayList<>();
    for (Json q : o.get("questions").asArray().items()) {
      questions.add(questionFromJson(q));
    }
    if (questions.isEmpty()) {
      throw new JsonFormatException("an election needs at least one question");
    }
    String uuid = o.get("uuid").asString();
    if (!isUuid(uuid)) {
      throw new JsonFormatException("election uuid is not base58 of length >= 14: " + uuid);
    }
    return new Election(version, o.get("description").asString(), o.get("name").asString(),
        group, group.parseElement(o.get("public_key").asString()), questions, uuid,
        o.has("administrator") ? o.get("administrator").asString() : null,
        o.has("credential_authority") ? o.get("credential_authority").asString() : null);
  }

  static Question questionFromJson(Json json) {
    Json.JObject o = json.asObject();
    if (o.has("type") || o.has("value")) {
      throw new JsonFormatException("non-homomorphic questions are not supported");
    }
    o.onlyKeys("answers", "blank", "min", "max", "question");
    List<String> answers = o.get("answers").asList(Json::asString);
    Boolean blank = o.has("blank") ? o.get("blank").asBoolean() : null;
    int min = o.get("min").asInt();
    int max = o.get("max").asInt();
    try {
      return new Question(answers, blank, min, max, o.get("question").asString());
    } catch (IllegalArgumentException e) {
      throw new JsonFormatException("bad question: " + e.getMessage());
    }
  }

  static boolean isUuid(String uuid) {
    if (uuid.length() < 14 || uuid.length() > 64) {
      return false;
    }
    for (int i = 0; i < uuid.length(); i++) {
      if (vn.tinnhiem.crypto.credential.Credentials.BASE58.indexOf(uuid.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
