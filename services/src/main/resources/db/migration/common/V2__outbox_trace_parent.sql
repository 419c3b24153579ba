-- The W3C traceparent of the work that wrote an event: its publish belongs to that trace.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS trace_parent text;
