-- Reverts 006: the payment tables.
DROP TABLE provider_webhook_events;
DROP TABLE idempotency_keys;
DROP TABLE wallet_transactions;
DROP TABLE payout_items;
DROP TABLE payouts;
DROP TABLE refunds;
DROP TABLE payments;
