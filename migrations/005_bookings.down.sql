-- Reverts 005: the booking tables and the state domains.
DROP TABLE booking_reschedule_requests;
DROP TABLE session_materials;
DROP TABLE booking_events;
DROP TABLE bookings;
DROP DOMAIN booking_dispute_state;
DROP DOMAIN booking_payment_state;
DROP DOMAIN booking_session_outcome;
DROP DOMAIN booking_session_state;
