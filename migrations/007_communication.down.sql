-- Reverts 007: the communication tables and the notification type domain.
DROP TABLE outbox;
DROP TABLE notification_templates;
DROP TABLE notifications;
DROP DOMAIN notification_type;
DROP TABLE message_attachments;
DROP TABLE messages;
DROP TABLE conversations;
