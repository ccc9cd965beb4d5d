-- Reverts 004: the student tables.
DROP TABLE student_subject_interests;
DROP TABLE student_notes;
DROP TABLE favorite_tutors;
DROP TABLE student_packages;
DROP TABLE student_profiles;
