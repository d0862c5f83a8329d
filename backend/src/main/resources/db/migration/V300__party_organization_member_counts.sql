-- Issue 15: an organisation's member count is read, not recounted. Each organisation keeps the
-- number of its own active members (not those of the organisations below it); the count of a
-- subtree is the sum over the subtree's rows, read from the (path, count) index in one statement
-- instead of joining every member of the subtree. Triggers keep it exact for every writer (the
-- API, imports, the demo loader, bench generators), so no code path can forget it.
ALTER TABLE party_organization ADD COLUMN active_member_count INT NOT NULL DEFAULT 0;

UPDATE party_organization o
SET active_member_count = (SELECT COUNT(*) FROM party_member m WHERE m.organization_id = o.id AND m.status = 'ACTIVE');

CREATE INDEX ix_party_organization_path_members ON party_organization (path, active_member_count);
DROP INDEX ix_party_organization_path ON party_organization;

CREATE TRIGGER party_member_counted_on_insert AFTER INSERT ON party_member FOR EACH ROW
    UPDATE party_organization SET active_member_count = active_member_count + 1
    WHERE id = NEW.organization_id AND NEW.status = 'ACTIVE';

CREATE TRIGGER party_member_counted_on_delete AFTER DELETE ON party_member FOR EACH ROW
    UPDATE party_organization SET active_member_count = active_member_count - 1
    WHERE id = OLD.organization_id AND OLD.status = 'ACTIVE';

CREATE TRIGGER party_member_counted_on_update AFTER UPDATE ON party_member FOR EACH ROW
    UPDATE party_organization
    SET active_member_count = active_member_count
        + IF(id = NEW.organization_id AND NEW.status = 'ACTIVE', 1, 0)
        - IF(id = OLD.organization_id AND OLD.status = 'ACTIVE', 1, 0)
    WHERE id IN (OLD.organization_id, NEW.organization_id)
      AND (OLD.organization_id <> NEW.organization_id OR OLD.status <> NEW.status);
