-- IF NOT EXISTS: a database of the versions before migrations already holds this table.
CREATE TABLE IF NOT EXISTS signals (
  id bigserial PRIMARY KEY,
  strategy text NOT NULL,
  symbol text NOT NULL,
  side text NOT NULL,
  probability_up double precision NOT NULL,
  created_at timestamptz NOT NULL
);
