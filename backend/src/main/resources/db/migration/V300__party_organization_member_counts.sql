-- Issue 15: an organisation's member count is read, not recounted. Each organisation has a row here
-- with the number of its own active members (not those of the organisations below it); the count of
-- a subtree is the sum over the subtree's organisations, read along the path index in one statement
-- instead of joining every member of the subtree. Triggers keep it exact for every writer (the API,
-- imports, the demo loader, bench generators), so no code path can forget it. The counts live in a
-- table of their own, not on party_organization: a statement that writes members while reading
-- organisations (UPDATE party_member JOIN party_organization …) could not fire a trigger that
-- writes party_organization (MariaDB error 1442).
CREATE TABLE party_organization_member_count (
    organization_id BIGINT NOT NULL,
    active_members  INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id),
    CONSTRAINT fk_member_count_organization FOREIGN KEY (organization_id) REFERENCES party_organization (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

INSERT INTO party_organization_member_count (organization_id, active_members)
SELECT o.id, (SELECT COUNT(*) FROM party_member m WHERE m.organization_id = o.id AND m.status = 'ACTIVE')
FROM party_organization o;

CREATE TRIGGER party_organization_counted AFTER INSERT ON party_organization FOR EACH ROW
    INSERT INTO party_organization_member_count (organization_id, active_members) VALUES (NEW.id, 0);

CREATE TRIGGER party_member_counted_on_insert AFTER INSERT ON party_member FOR EACH ROW
    UPDATE party_organization_member_count SET active_members = active_members + 1
    WHERE organization_id = NEW.organization_id AND NEW.status = 'ACTIVE';

CREATE TRIGGER party_member_counted_on_delete AFTER DELETE ON party_member FOR EACH ROW
    UPDATE party_organization_member_count SET active_members = active_members - 1
    WHERE organization_id = OLD.organization_id AND OLD.status = 'ACTIVE';

CREATE TRIGGER party_member_counted_on_update AFTER UPDATE ON party_member FOR EACH ROW
    UPDATE party_organization_member_count
    SET active_members = active_members
        + IF(organization_id = NEW.organization_id AND NEW.status = 'ACTIVE', 1, 0)
        - IF(organization_id = OLD.organization_id AND OLD.status = 'ACTIVE', 1, 0)
    WHERE organization_id IN (OLD.organization_id, NEW.organization_id)
      AND (OLD.organization_id <> NEW.organization_id OR OLD.status <> NEW.status);
