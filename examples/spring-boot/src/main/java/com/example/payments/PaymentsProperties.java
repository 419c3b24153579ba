package com.example.payments;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's own settings: Spring's configuration processor, listed beside the toolkit's in
 * the compiler's processor path, writes their IDE metadata.
 */
@ConfigurationProperties("payments")
public class PaymentsProperties {
  /** The longest payment id accepted. */
  private int maxIdLength = 64;

  public int getMaxIdLength() {
    return maxIdLength;
  }

  public void setMaxIdLength(int maxIdLength) {
    this.maxIdLength = maxIdLength;
  }
}
