-- When the student was told their package expires within 7 days, so the warning job sends it once.
ALTER TABLE student_packages ADD COLUMN expiry_warning_sent_at timestamptz;
-- The warning job scans active packages not yet warned, by expiry.
CREATE INDEX student_packages_expiry_warning_idx ON student_packages (expires_at)
    WHERE status = 'active' AND expiry_warning_sent_at IS NULL;
