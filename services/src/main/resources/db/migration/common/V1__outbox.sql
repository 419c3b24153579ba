-- The transactional outbox: events written in the transaction of the change they announce,
-- published by each service's relay. One table, shared by the services that publish events.
CREATE TABLE IF NOT EXISTS outbox (
  id bigserial PRIMARY KEY,
  service text NOT NULL,
  routing_key text NOT NULL,
  message_id text NOT NULL UNIQUE,
  body bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (service, id) WHERE published_at IS NULL;
