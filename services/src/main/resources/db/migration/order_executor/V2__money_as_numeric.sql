-- Quantities, prices and money as exact decimals, so the position is the sum of its fills to the
-- lot. Unconstrained numeric keeps what the executor writes: quantities in lots of 1e-8, prices at
-- 8 decimals, average prices and P&L at 12 (PaperBook rounds them).
ALTER TABLE orders ALTER COLUMN quantity TYPE numeric;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS limit_price numeric;
ALTER TABLE fills
  ALTER COLUMN price TYPE numeric,
  ALTER COLUMN quantity TYPE numeric,
  ALTER COLUMN realized_pnl TYPE numeric;
ALTER TABLE positions
  ALTER COLUMN quantity TYPE numeric,
  ALTER COLUMN average_price TYPE numeric;
