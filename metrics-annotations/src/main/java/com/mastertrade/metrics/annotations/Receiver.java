package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's or a team's channel that alerts reach through one of Alertmanager's integrations. The
 * secret of the integration is never written in the schema: {@link #secretFile} names the file
 * Alertmanager reads it from.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Receiver {
  /** The receiver's name in the Alertmanager configuration, named by {@link AlertRoute}s. */
  String name();

  ReceiverKind kind();

  /**
   * The file, relative to the Alertmanager configuration, holding the secret: PagerDuty's routing
   * key, Slack's webhook URL, the SMTP password or the webhook's bearer token. Required for
   * PagerDuty and Slack; for e-mail when {@link #username} is set; optional for a webhook.
   */
  String secretFile() default "";

  /**
   * PagerDuty: the Events API v2 endpoint, empty for PagerDuty's own; webhook: its URL (required).
   * Slack takes no URL here, its URL is the secret.
   */
  String url() default "";

  /** Slack: the channel to post to, empty for the webhook's own. */
  String channel() default "";

  /** E-mail: the recipient's address. */
  String to() default "";

  /** E-mail: the sender's address. */
  String from() default "";

  /** E-mail: the SMTP server as {@code host:port}. */
  String smarthost() default "";

  /** E-mail: the SMTP user, empty when the server takes mail without authentication. */
  String username() default "";
}
