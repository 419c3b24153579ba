-- IF NOT EXISTS: a database of the versions before migrations already holds these tables.
CREATE TABLE IF NOT EXISTS orders (
  id bigserial PRIMARY KEY,
  strategy text NOT NULL,
  symbol text NOT NULL,
  side text NOT NULL,
  type text NOT NULL,
  quantity double precision NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  filled_at timestamptz
);
CREATE TABLE IF NOT EXISTS fills (
  id bigserial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  price double precision NOT NULL,
  quantity double precision NOT NULL,
  realized_pnl double precision NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS positions (
  strategy text NOT NULL,
  symbol text NOT NULL,
  quantity double precision NOT NULL,
  average_price double precision NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (strategy, symbol)
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
  key text PRIMARY KEY,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
