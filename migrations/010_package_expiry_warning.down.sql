-- Reverts 010: the package expiry warning marker.
DROP INDEX student_packages_expiry_warning_idx;
ALTER TABLE student_packages DROP COLUMN expiry_warning_sent_at;
