-- Needs (issue 15): a buyer's need, the suppliers it was sent to and their answers,
-- the outbox of messages to send, and the events insights count.

CREATE TABLE needs (
  id text PRIMARY KEY,
  -- The id of the site key that posted it: its scope bounds the recipients.
  site_key text NOT NULL,
  status text NOT NULL CHECK (status IN ('unconfirmed', 'moderation', 'rejected', 'sent', 'closed')),
  kind text NOT NULL CHECK (kind IN ('QUOTE', 'TENDER', 'SOURCING')),
  title text NOT NULL,
  description text NOT NULL,
  -- sectors, places, nationwide, prestaTypes, kinds, socialClause, supplierIds: who it reaches.
  criteria jsonb NOT NULL,
  deadline date NOT NULL,
  start_date date,
  amount text NOT NULL,
  reserved_lot boolean NOT NULL DEFAULT false,
  accepts_co_contracting boolean NOT NULL DEFAULT false,
  external_link text,
  locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
  -- The buyer's personal data, set to NULL when erased (erased_at).
  buyer_name text,
  buyer_organisation text,
  buyer_email text,
  buyer_phone text,
  requires_moderation boolean NOT NULL,
  -- What the need would reach when posted; the recipients are frozen at dispatch.
  recipients_found integer NOT NULL,
  recipients_with_email integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  moderated_at timestamptz,
  sent_at timestamptz,
  closed_at timestamptz,
  outcome_asked_at timestamptz,
  erased_at timestamptz,
  contract_signed text CHECK (contract_signed IN ('yes', 'no', 'unknown')),
  contract_amount_eur bigint CHECK (contract_amount_eur >= 0),
  outcome_answered_at timestamptz
);
CREATE INDEX needs_buyer_email ON needs (lower(buyer_email));
CREATE INDEX needs_site_key ON needs (site_key, created_at);

-- The recipients frozen at dispatch, with the contacts they had then, and their answers.
CREATE TABLE need_recipients (
  need_id text NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  supplier_id text NOT NULL,
  name text NOT NULL,
  brand text,
  kind text NOT NULL,
  city text NOT NULL,
  email text,
  phone text,
  website text,
  opened_at timestamptz,
  answer text CHECK (answer IN ('interested', 'not_interested')),
  message text,
  answered_at timestamptz,
  PRIMARY KEY (need_id, supplier_id)
);

-- One row per message to send (mail or webhook). dedupe_key is unique: the same message
-- (a need to a supplier) is enqueued once, whatever crashes and restarts happen.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  need_id text REFERENCES needs (id) ON DELETE CASCADE,
  channel text NOT NULL CHECK (channel IN ('mail', 'webhook')),
  purpose text NOT NULL,
  dedupe_key text NOT NULL UNIQUE,
  payload jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- A worker's claim; when it expires (the worker died) another worker takes the row.
  lease_until timestamptz,
  sent_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- What happened to a need, for the buyer's follow-up and for insights (counts only).
CREATE TABLE need_events (
  id bigserial PRIMARY KEY,
  need_id text NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  type text NOT NULL,
  supplier_id text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX need_events_need ON need_events (need_id, type);
