-- IF NOT EXISTS: a database of the versions before migrations already holds these tables.
CREATE TABLE IF NOT EXISTS alerts (
  id bigserial PRIMARY KEY,
  type text NOT NULL,
  priority text NOT NULL,
  message text NOT NULL,
  created_at timestamptz NOT NULL
);
ALTER TABLE alerts
  ADD COLUMN IF NOT EXISTS event_id text,
  ADD COLUMN IF NOT EXISTS resolved_at timestamptz;
CREATE UNIQUE INDEX IF NOT EXISTS alerts_event_id ON alerts (event_id);
CREATE TABLE IF NOT EXISTS alert_deliveries (
  alert_id bigint NOT NULL REFERENCES alerts (id),
  channel text NOT NULL,
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  delivered_at timestamptz,
  PRIMARY KEY (alert_id, channel)
);
CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries (next_attempt_at)
  WHERE delivered_at IS NULL;
