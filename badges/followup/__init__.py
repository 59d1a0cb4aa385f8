"""The completion follow-up of competence badges: the teacher's counts per class and term, and
the figures for the principals, ICT leads, moderators and the digitalisation expert."""
