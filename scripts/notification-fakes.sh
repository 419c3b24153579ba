# The stack's stand-ins for where notifications go, on 127.0.0.1; sourced by stack-start.sh.
# WireMock (services/target/notification-fakes/wiremock-standalone.jar) answers as PagerDuty's
# Events API v2, as Slack's incoming webhook and as the dead man's switch the Watchdog's heartbeat
# goes to (/deadmans-switch), on the port of the PagerDuty URL the generated
# alerts/alertmanager.yml names; GreenMail takes the e-mail on the port of its smarthost, with the
# SMTP user it names, and shows it on its API (NOTIFICATIONS_MAIL_API_PORT, default 8026).
# Writes the secrets the configuration reads into the Alertmanager folder given, and the
# addresses to $STACK_DIR/notifications.url and $STACK_DIR/mail.url.

# Starts both fakes and writes the secrets for the configuration in $1 (the Alertmanager folder).
start_notification_fakes() {
  local am_dir="$1" config="$1/alertmanager.yml" fakes="$ROOT/services/target/notification-fakes"
  local http_port smtp_port smtp_user mail_api_port="${NOTIFICATIONS_MAIL_API_PORT:-8026}"
  http_port="$(grep -m1 -oE 'url: http://127\.0\.0\.1:[0-9]+/v2/enqueue' "$config" \
    | sed -E 's/.*:([0-9]+)\/.*/\1/')"
  smtp_port="$(grep -m1 -oE 'smarthost: 127\.0\.0\.1:[0-9]+' "$config" | sed -E 's/.*://')"
  smtp_user="$(grep -m1 -oE 'auth_username: [^ ]+' "$config" | sed -E 's/.*: //')"
  if [[ -z "$http_port" || -z "$smtp_port" ]]; then
    echo "stack-start: $config names no PagerDuty URL and smarthost on 127.0.0.1: no fakes" >&2
    return 0
  fi
  local dir="$STACK_DIR/notifications"
  rm -rf "$dir"
  mkdir -p "$dir/mappings" "$am_dir/secrets"
  # PagerDuty accepts an event with 202 and its JSON; Slack answers 200 "ok".
  cat >"$dir/mappings/pagerduty.json" <<'JSON'
{"request": {"method": "POST", "url": "/v2/enqueue"},
 "response": {"status": 202, "headers": {"Content-Type": "application/json"},
              "body": "{\"status\":\"success\",\"message\":\"Event processed\"}"}}
JSON
  cat >"$dir/mappings/slack.json" <<'JSON'
{"request": {"method": "POST", "urlPathPattern": "/services/.*"},
 "response": {"status": 200, "body": "ok"}}
JSON
  # The dead man's switch takes the Watchdog's heartbeat, once a minute, like healthchecks.io.
  cat >"$dir/mappings/deadmans-switch.json" <<'JSON'
{"request": {"method": "POST", "url": "/deadmans-switch"},
 "response": {"status": 200, "body": "OK"}}
JSON
  local password
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  # No trailing newline: Alertmanager 0.25 would send it as part of the SMTP password.
  printf %s "$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    >"$am_dir/secrets/pagerduty-routing-key"
  printf %s "http://127.0.0.1:$http_port/services/T0STACK/B0STACK/stack-webhook" \
    >"$am_dir/secrets/slack-webhook-url"
  printf %s "$password" >"$am_dir/secrets/smtp-password"
  nohup java -Xmx128m -jar "$fakes/wiremock-standalone.jar" --bind-address 127.0.0.1 \
    --port "$http_port" --root-dir "$dir" --disable-banner \
    >"$LOG_DIR/notifications-http.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/notifications-http.pid"
  nohup java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mail_api_port" \
    -Dgreenmail.users="${smtp_user:-alertmanager}:$password@localhost" \
    -jar "$fakes/greenmail-standalone.jar" \
    >"$LOG_DIR/notifications-mail.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/notifications-mail.pid"
  local ready=""
  for _ in $(seq 1 60); do
    if curl -fs -o /dev/null "http://127.0.0.1:$http_port/__admin/health" \
        && curl -fs -o /dev/null "http://127.0.0.1:$mail_api_port/api/service/readiness"; then
      ready=1
      break
    fi
    sleep 0.5
  done
  [[ -n "$ready" ]] || return 1
  echo "http://127.0.0.1:$http_port/__admin/requests" >"$STACK_DIR/notifications.url"
  echo "http://127.0.0.1:$mail_api_port/api/user" >"$STACK_DIR/mail.url"
}
