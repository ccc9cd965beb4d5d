-- Reverts 002: the identity tables.
DROP TABLE email_verification_tokens;
DROP TABLE password_reset_tokens;
DROP TABLE refresh_tokens;
DROP TABLE user_notification_preferences;
DROP TABLE user_profiles;
DROP TABLE users;
