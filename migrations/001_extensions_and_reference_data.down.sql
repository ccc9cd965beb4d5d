-- Reverts 001: the reference tables, the updated_at trigger function and btree_gist.
DROP TABLE currency_rates;
DROP TABLE subjects;
DROP TABLE supported_languages;
DROP TABLE supported_currencies;
DROP FUNCTION touch_updated_at();
DROP EXTENSION IF EXISTS btree_gist;
