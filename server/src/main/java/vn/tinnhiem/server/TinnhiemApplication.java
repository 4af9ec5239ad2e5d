package vn.tinnhiem.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The tinnhiem web application. */
@SpringBootApplication
public class TinnhiemApplication {

  public static void main(String[] args) {
    SpringApplication.run(TinnhiemApplication.class, args);
  }
}
