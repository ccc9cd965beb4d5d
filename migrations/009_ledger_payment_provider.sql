-- The built-in ledger provider (the default): records authorizations, captures, voids and refunds at once,
-- so the whole booking flow works without a payment processor.
ALTER TABLE payments DROP CONSTRAINT payments_provider_check;
ALTER TABLE payments ADD CONSTRAINT payments_provider_check
    CHECK (provider IN ('ledger', 'stripe', 'wallet', 'manual'));
