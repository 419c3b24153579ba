-- IF NOT EXISTS: a database of the versions before migrations already holds this table.
CREATE TABLE IF NOT EXISTS candles (
  symbol text NOT NULL,
  open_time timestamptz NOT NULL,
  open double precision NOT NULL,
  high double precision NOT NULL,
  low double precision NOT NULL,
  close double precision NOT NULL,
  ticks integer NOT NULL,
  PRIMARY KEY (symbol, open_time)
);
