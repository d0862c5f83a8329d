-- Search (`q`) at a country's size (issue 15): a FULLTEXT index over the columns each large list
-- searches, read through MATCH ... AGAINST in boolean mode (Conditions.containsWords) before the
-- LIKE that keeps the "contains" meaning. The columns' collation (utf8mb4_unicode_520_ci) makes the
-- index accent- and case-insensitive: "nguyen" finds "Nguyễn". Built without InnoDB's English
-- stopword list, which would drop Vietnamese words that happen to be on it.
SET SESSION innodb_ft_enable_stopword = OFF;

ALTER TABLE party_member ADD FULLTEXT INDEX ft_party_member_search (full_name, party_card_number);
ALTER TABLE party_organization ADD FULLTEXT INDEX ft_party_organization_search (name, code);
ALTER TABLE feedback ADD FULLTEXT INDEX ft_feedback_search (title, text);
