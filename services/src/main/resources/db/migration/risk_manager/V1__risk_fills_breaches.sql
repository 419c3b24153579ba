-- IF NOT EXISTS: a database of the versions before migrations already holds these tables.
CREATE TABLE IF NOT EXISTS risk_fills (
  message_id text PRIMARY KEY,
  account text NOT NULL,
  order_id bigint NOT NULL,
  symbol text NOT NULL,
  side text NOT NULL,
  quantity double precision NOT NULL,
  price double precision NOT NULL,
  realized_pnl double precision NOT NULL,
  position_quantity double precision NOT NULL,
  portfolio_value double precision NOT NULL,
  total_pnl double precision NOT NULL,
  time_millis bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS risk_breaches (
  id bigserial PRIMARY KEY,
  limit_name text NOT NULL,
  symbol text,
  value double precision NOT NULL,
  threshold double precision NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE risk_breaches ADD COLUMN IF NOT EXISTS cleared_at timestamptz;
