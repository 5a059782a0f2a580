-- A callback's outcome becomes an enum (lib/callbacks/outcomes.ts); existing rows keep theirs.
-- CreateEnum
CREATE TYPE "CallbackOutcome" AS ENUM ('received', 'grant_created', 'rejected', 'no_org', 'zoho_error', 'missing_state', 'unknown_state', 'state_expired', 'state_reused', 'wrong_user', 'missing_code', 'accounts_server_missing', 'accounts_server_not_allowed', 'location_mismatch', 'exchange_failed', 'zoho_unreachable', 'no_secret', 'unknown_client', 'client_archived', 'internal_error', 'interrupted');

-- Every outcome the console ever wrote is one of these; anything else (a hand-edited row) would stop the
-- conversion, so it is kept as what it is: a callback whose processing went wrong.
UPDATE "CallbackEvent" SET "outcome" = 'internal_error'
  WHERE "outcome" NOT IN (SELECT unnest(enum_range(NULL::"CallbackOutcome"))::text);
UPDATE "CallbackFailureWindow" SET "outcome" = 'internal_error'
  WHERE "outcome" NOT IN (SELECT unnest(enum_range(NULL::"CallbackOutcome"))::text);

-- AlterTable (the index on outcome and receivedAt is rebuilt with the column)
ALTER TABLE "CallbackEvent" ALTER COLUMN "outcome" TYPE "CallbackOutcome" USING ("outcome"::"CallbackOutcome");

-- AlterTable
ALTER TABLE "CallbackFailureWindow" ALTER COLUMN "outcome" TYPE "CallbackOutcome" USING ("outcome"::"CallbackOutcome");
