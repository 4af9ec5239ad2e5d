package vn.tinnhiem.cli;

/** Entry point of the tinnhiem command line. */
public final class TinnhiemCommand {
  public static void main(String[] args) {
    System.out.println("tinnhiem");
  }
}
