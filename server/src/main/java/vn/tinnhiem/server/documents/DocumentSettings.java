package vn.tinnhiem.server.documents;

import vn.tinnhiem.server.system.Names;

/**
 * What the papers need beyond the conference flow; an empty field prints as a dotted line.
 *
 * @param chair      who chaired the conference (chủ trì), e.g. "Nguyễn Văn A"
 * @param clerk      who kept the conference minutes (thư ký hội nghị)
 * @param parentBody the body above the organisation, first line of the letterhead, e.g.
 *                   "Đảng bộ Khối Mẫu"
 * @param superior   who the report goes to (Kính gửi), e.g. "Ban Thường vụ Đảng ủy Khối Mẫu"
 * @param locality   the place in the date line, e.g. "Hà Nội"
 */
public record DocumentSettings(String chair, String clerk, String parentBody, String superior,
    String locality) {

  public static final int MAX_NAME = 200;
  public static final int MAX_BODY = 300;
  public static final int MAX_LOCALITY = 100;

  public DocumentSettings {
    chair = clean(chair);
    clerk = clean(clerk);
    parentBody = clean(parentBody);
    superior = clean(superior);
    locality = clean(locality);
  }

  private static String clean(String s) {
    String c = Names.clean(s);
    return c == null ? "" : c;
  }

  public static DocumentSettings empty() {
    return new DocumentSettings("", "", "", "", "");
  }
}
