package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every receiver of {@code @Alerting} has a name of its own, the addresses its kind needs in a form
 * Alertmanager parses, and its secret in a file, never in the schema.
 */
final class ReceiverValidator implements DeclarationValidator.Check {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");
  private static final Pattern FILE = Pattern.compile("[a-zA-Z0-9._-]+(/[a-zA-Z0-9._-]+)*");
  private static final Pattern ROUTING_KEY = Pattern.compile("[a-zA-Z0-9]{32}");
  private static final Pattern EMAIL =
      Pattern.compile("[a-zA-Z0-9.!#$%&'*+=?^_`|~-]+@[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*");
  private static final Pattern HOST_PORT =
      Pattern.compile("([a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*|\\[[0-9a-fA-F:.]+\\]):([0-9]{1,5})");
  private static final Pattern SLACK_CHANNEL = Pattern.compile("[#@]?[a-zA-Z0-9._-]{1,80}");

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    declarations.alerting().ifPresent(alerting -> check(alerting, report));
  }

  private static void check(AlertingModel alerting, ValidationReport.Builder report) {
    Map<String, String> taken = new HashMap<>();
    for (String severity : new String[] {"page", "critical", "ticket", "warning", "default"}) {
      taken.put(alerting.receiverJob() + "_" + severity, "the receiving job's receivers are named so");
    }
    for (ReceiverModel receiver : alerting.receivers()) {
      if (!NAME.matcher(receiver.name()).matches()) {
        report.add(at(receiver, "name", Message.RECEIVER_NAME, receiver.name(),
            Names.sanitize(receiver.name())));
      } else if (taken.containsKey(receiver.name())) {
        report.add(at(receiver, "name", Message.DUPLICATE_RECEIVER, receiver.name(),
            taken.get(receiver.name())));
      } else {
        taken.put(receiver.name(), "another receiver has it");
      }
      secret(receiver, report);
      addresses(receiver, report);
    }
  }

  private static void secret(ReceiverModel receiver, ValidationReport.Builder report) {
    String file = receiver.secretFile();
    String secret = secretOf(receiver.kind());
    if (file.contains("://")) {
      report.add(at(receiver, "secretFile", Message.SECRET_INLINE, "secretFile", receiver.name(),
          "a URL"));
    } else if (receiver.kind() == ReceiverKind.PAGERDUTY && ROUTING_KEY.matcher(file).matches()) {
      report.add(at(receiver, "secretFile", Message.SECRET_INLINE, "secretFile", receiver.name(),
          "what looks like a routing key"));
    } else if (file.isEmpty()) {
      boolean needed =
          receiver.kind() == ReceiverKind.PAGERDUTY
              || receiver.kind() == ReceiverKind.SLACK
              || (receiver.kind() == ReceiverKind.EMAIL && !receiver.username().isEmpty());
      if (needed) {
        report.add(at(receiver, "name", Message.SECRET_FILE_MISSING, receiver.name(),
            kind(receiver), secret));
      }
    } else if (!FILE.matcher(file).matches() || file.matches("(.*/)?\\.\\.?(/.*)?")) {
      report.add(at(receiver, "secretFile", Message.SECRET_FILE_NAME, Names.visible(file),
          receiver.name(), receiver.kind().name().toLowerCase(Locale.ROOT)));
    } else if (receiver.kind() == ReceiverKind.EMAIL && receiver.username().isEmpty()) {
      unused(receiver, "secretFile", file, "without a username", report);
    }
  }

  private static void addresses(ReceiverModel receiver, ValidationReport.Builder report) {
    switch (receiver.kind()) {
      case PAGERDUTY -> {
        if (!receiver.url().isEmpty()) {
          url(receiver, report);
        }
        unusedAll(receiver, report, "channel", "to", "from", "smarthost", "username");
      }
      case SLACK -> {
        if (!receiver.url().isEmpty()) {
          report.add(at(receiver, "url", Message.SECRET_INLINE, "url", receiver.name(),
              "Slack's webhook URL"));
        }
        if (!receiver.channel().isEmpty()
            && !SLACK_CHANNEL.matcher(receiver.channel()).matches()) {
          address(receiver, "channel", receiver.channel(),
              "a Slack channel: #name, @user or a channel id", report);
        }
        unusedAll(receiver, report, "to", "from", "smarthost", "username");
      }
      case EMAIL -> {
        email(receiver, "to", receiver.to(), report);
        email(receiver, "from", receiver.from(), report);
        java.util.regex.Matcher host = HOST_PORT.matcher(receiver.smarthost());
        if (!host.matches() || Integer.parseInt(host.group(3)) == 0
            || Integer.parseInt(host.group(3)) > 65535) {
          address(receiver, "smarthost", receiver.smarthost(),
              "an SMTP server as host:port, e.g. \"smtp.example.com:587\"", report);
        }
        if (!receiver.username().isEmpty() && !NAME.matcher(receiver.username()).matches()
            && !EMAIL.matcher(receiver.username()).matches()) {
          address(receiver, "username", receiver.username(), "an SMTP user name", report);
        }
        unusedAll(receiver, report, "url", "channel");
      }
      case WEBHOOK -> {
        url(receiver, report);
        unusedAll(receiver, report, "channel", "to", "from", "smarthost", "username");
      }
    }
  }

  private static void url(ReceiverModel receiver, ValidationReport.Builder report) {
    try {
      URI uri = new URI(receiver.url());
      if (uri.getRawUserInfo() != null) {
        report.add(at(receiver, "url", Message.SECRET_INLINE, "url", receiver.name(),
            "a user and password"));
        return;
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    address(receiver, "url", receiver.url(), "an absolute http or https URL", report);
  }

  private static void email(
      ReceiverModel receiver, String attribute, String value, ValidationReport.Builder report) {
    if (!EMAIL.matcher(value).matches()) {
      address(receiver, attribute, value, "an e-mail address, e.g. \"oncall@example.com\"", report);
    }
  }

  private static void address(ReceiverModel receiver, String attribute, String value,
      String expected, ValidationReport.Builder report) {
    report.add(at(receiver, attribute, Message.RECEIVER_ADDRESS, attribute, Names.visible(value),
        receiver.name(), expected));
  }

  private static void unusedAll(
      ReceiverModel receiver, ValidationReport.Builder report, String... attributes) {
    for (String attribute : attributes) {
      String value = switch (attribute) {
        case "url" -> receiver.url();
        case "channel" -> receiver.channel();
        case "to" -> receiver.to();
        case "from" -> receiver.from();
        case "smarthost" -> receiver.smarthost();
        default -> receiver.username();
      };
      if (!value.isEmpty()) {
        unused(receiver, attribute, value, "", report);
      }
    }
  }

  private static void unused(ReceiverModel receiver, String attribute, String value,
      String condition, ValidationReport.Builder report) {
    String kind = kind(receiver) + (condition.isEmpty() ? "" : " " + condition);
    report.add(at(receiver, attribute, Message.RECEIVER_ATTRIBUTE_UNUSED, attribute, kind,
        Names.visible(value)));
  }

  private static String kind(ReceiverModel receiver) {
    return switch (receiver.kind()) {
      case PAGERDUTY -> "PagerDuty";
      case SLACK -> "Slack";
      case EMAIL -> "e-mail";
      case WEBHOOK -> "webhook";
    };
  }

  private static String secretOf(ReceiverKind kind) {
    return switch (kind) {
      case PAGERDUTY -> "the integration's routing key";
      case SLACK -> "the webhook URL";
      case EMAIL -> "the SMTP password";
      case WEBHOOK -> "the bearer token";
    };
  }

  private static Diagnostic at(
      ReceiverModel receiver, String attribute, Message message, Object... args) {
    return Diagnostic.at(receiver.origin(), attribute, message, args);
  }
}
