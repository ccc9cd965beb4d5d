-- Reverts 008: reviews and the administration tables.
DROP TABLE login_attempts;
DROP TABLE reports;
DROP TABLE audit_log;
DROP TABLE reviews;
