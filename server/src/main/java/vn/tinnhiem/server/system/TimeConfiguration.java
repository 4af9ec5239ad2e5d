package vn.tinnhiem.server.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time: the server records instants in UTC from one {@link Clock} and shows
 * them in the conference's time zone ({@code tinnhiem.time-zone}, Vietnam by
 * default).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ConferenceTime conferenceTime(@Value("${tinnhiem.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
    return new ConferenceTime(zone);
  }
}
