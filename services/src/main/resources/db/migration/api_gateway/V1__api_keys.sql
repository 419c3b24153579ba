-- IF NOT EXISTS: a database of the versions before migrations already holds this table.
CREATE TABLE IF NOT EXISTS api_keys (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  key_sha256 text NOT NULL UNIQUE,
  scopes text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
