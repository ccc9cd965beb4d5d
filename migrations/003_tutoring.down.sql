-- Reverts 003: the tutoring tables and the search trigger function.
DROP TABLE tutor_approval_requests;
DROP TABLE tutor_pricing_options;
DROP TABLE tutor_blackouts;
DROP TABLE tutor_availabilities;
DROP TABLE tutor_education;
DROP TABLE tutor_certifications;
DROP TABLE tutor_subjects;
DROP TABLE tutor_profiles;
DROP FUNCTION tutor_profiles_refresh_search_vector();
