-- Quantities, prices and money as exact decimals, as the executor stores them (unconstrained
-- numeric keeps the digits of its fill events). A stored double becomes the decimal of its 15
-- significant digits, the number it stood for: 0.1 + 0.2 summed in binary is kept as 0.3.
-- A breach's value and threshold are those of its limit: money, or a drawdown ratio.
ALTER TABLE risk_fills
  ALTER COLUMN quantity TYPE numeric,
  ALTER COLUMN price TYPE numeric,
  ALTER COLUMN realized_pnl TYPE numeric,
  ALTER COLUMN position_quantity TYPE numeric,
  ALTER COLUMN portfolio_value TYPE numeric,
  ALTER COLUMN total_pnl TYPE numeric;
ALTER TABLE risk_breaches
  ALTER COLUMN value TYPE numeric,
  ALTER COLUMN threshold TYPE numeric;
