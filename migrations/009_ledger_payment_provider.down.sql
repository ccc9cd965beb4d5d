-- Reverts 009: payments made through the ledger provider must be removed first, or this fails.
ALTER TABLE payments DROP CONSTRAINT payments_provider_check;
ALTER TABLE payments ADD CONSTRAINT payments_provider_check CHECK (provider IN ('stripe', 'wallet', 'manual'));
