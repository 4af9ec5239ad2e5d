package vn.tinnhiem.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** The harness sends load to this machine only: a wrong URL must not load someone's server. */
public final class Loopback {

  private Loopback() {}

  /** The URL if it is http(s) to a host whose every address is a loopback one; else refused. */
  public static URI require(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    String host = uri.getHost();
    if (host == null) {
      throw new IllegalArgumentException("no host in " + url);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + host + ": refused, loopback only");
    }
    for (InetAddress a : addresses) {
      if (!a.isLoopbackAddress()) {
        throw new IllegalArgumentException(
            host + " is " + a.getHostAddress() + ", not loopback: refused, loopback only");
      }
    }
    return uri;
  }
}
