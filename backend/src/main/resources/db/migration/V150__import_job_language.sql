-- The language of the request that started an import: its report (errors, failure) is written in it.
ALTER TABLE import_job ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'vi';
