-- Insights (issue 18): counts per site key (its name), per day (UTC), per metric and
-- value, and nothing else: no IP, no key, no person. `value` is '' for a plain count,
-- else what was counted: a normalised query text (personal-looking words removed), a
-- sector slug, a place id, a contact channel.
CREATE TABLE insight_counts (
  site_key text NOT NULL,
  day date NOT NULL,
  metric text NOT NULL CHECK (metric IN ('searches', 'zero_results', 'queries', 'zero_queries', 'sectors', 'places', 'sheets', 'contacts')),
  value text NOT NULL DEFAULT '',
  count bigint NOT NULL CHECK (count >= 0),
  PRIMARY KEY (site_key, day, metric, value)
);
