#!/usr/bin/env python3
"""Prints the SQL that makes the demo data set COPIES+1 times as large (default 10x): every unit
below the province is copied COPIES times (same tree, codes suffixed ~n), with its party
organisations, members, regulations, trainings, conferences, inspections, conclusions, disciplinary
actions, documents and model practices; records of the province itself are copied in place.
Figures of the province then grow about tenfold; each copy's district has the demo's figures."""
import sys

COPIES = int(sys.argv[1]) if len(sys.argv) > 1 else 9
CLONED = ["unit", "party_organization", "party_member", "inspection", "disciplinary_action",
          "regulation", "training", "conference", "document", "model_practice"]


def mapped(table, column):
    """The copy n of the row `column` points to, or the row itself when it was not copied."""
    return (f"COALESCE((SELECT x.id FROM {table} x WHERE x.bench_src = t.{column} AND x.bench_n = c.n), t.{column})")


def clone(table, values, where="1 = 1"):
    columns = ", ".join(list(values) + ["bench_src", "bench_n"])
    select = ", ".join(list(values.values()) + ["t.id", "c.n"])
    return (f"INSERT INTO {table} ({columns}) SELECT {select} FROM {table} t JOIN bench_copies c"
            f" WHERE t.bench_src IS NULL AND ({where});")


def fix_tree(table):
    """Parents to the same copy's parent, then materialised paths level by level."""
    sql = [f"UPDATE {table} nu JOIN {table} op ON op.id = nu.parent_id"
           f" LEFT JOIN {table} np ON np.bench_src = op.id AND np.bench_n = nu.bench_n"
           f" SET nu.parent_id = COALESCE(np.id, op.id) WHERE nu.bench_n IS NOT NULL;"]
    for _ in range(8):
        sql.append(f"UPDATE {table} ch JOIN {table} p ON ch.parent_id = p.id SET ch.path = CONCAT(p.path, ch.id, '/')"
                   f" WHERE ch.path LIKE 'bench:%' AND p.path NOT LIKE 'bench:%';")
    return sql


now = "NOW(6)"
common = {"version": "0", "created_at": now, "updated_at": now}
sql = ["SET SESSION sql_log_bin = 0;", "CREATE TABLE bench_copies (n INT PRIMARY KEY);",
       "INSERT INTO bench_copies VALUES " + ", ".join(f"({n})" for n in range(1, COPIES + 1)) + ";"]
for table in CLONED:
    sql.append(f"ALTER TABLE {table} ADD COLUMN bench_src BIGINT NULL, ADD COLUMN bench_n INT NULL,"
               f" ADD INDEX ix_bench_src (bench_src, bench_n);")

sql.append(clone("unit", {"code": "CONCAT(t.code, '~', c.n)", "name": "CONCAT(t.name, ' #', c.n)", "type": "t.type",
                          "parent_id": "t.parent_id", "path": "CONCAT('bench:', c.n, ':', t.id)",
                          "tax_code": "IF(t.tax_code IS NULL, NULL, CONCAT(LEFT(t.tax_code, 12), '~', c.n))",
                          "address": "t.address", "head_count": "t.head_count", "active": "t.active",
                          "valid_from": "t.valid_from", "valid_to": "t.valid_to", **common},
                 "t.parent_id IS NOT NULL"))
sql += fix_tree("unit")
# Units in time (V130): each copied unit's placements, pointing at the same copy's units; their paths
# are rebuilt from the parent's placement covering the same day (or the parent's row), level by level.
sql.append("ALTER TABLE unit_placement ADD COLUMN bench_n INT NULL;")
sql.append("INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, name, type, bench_n)"
           " SELECT nu.id, t.valid_from, t.valid_to,"
           " COALESCE((SELECT x.id FROM unit x WHERE x.bench_src = t.parent_id AND x.bench_n = nu.bench_n), t.parent_id),"
           " 'bench:', CONCAT(t.name, ' #', nu.bench_n), t.type, nu.bench_n"
           " FROM unit_placement t JOIN unit nu ON nu.bench_src = t.unit_id WHERE t.bench_n IS NULL;")
covering = ("(pp.valid_from IS NULL OR pp.valid_from <= COALESCE(ch.valid_from, '1000-01-01'))"
            " AND (pp.valid_to IS NULL OR pp.valid_to >= COALESCE(ch.valid_from, '1000-01-01'))")
for _ in range(8):
    sql.append("UPDATE unit_placement ch SET ch.path = CONCAT(COALESCE("
               f"(SELECT MAX(pp.path) FROM unit_placement pp WHERE pp.unit_id = ch.parent_id AND {covering}),"
               " (SELECT u.path FROM unit u WHERE u.id = ch.parent_id)), ch.unit_id, '/')"
               " WHERE ch.path = 'bench:' AND NOT EXISTS (SELECT 1 FROM unit_placement pp WHERE pp.unit_id = ch.parent_id"
               f" AND pp.path = 'bench:' AND {covering});")
sql.append("ALTER TABLE unit_placement DROP COLUMN bench_n;")
sql.append(clone("party_organization", {
    "code": "CONCAT(t.code, '~', c.n)", "name": "CONCAT(t.name, ' #', c.n)", "level": "t.level", "form": "t.form",
    "unit_id": mapped("unit", "unit_id"), "parent_id": "t.parent_id", "path": "CONCAT('bench:', c.n, ':', t.id)",
    "secretary_name": "t.secretary_name", "active": "t.active", **common},
    "EXISTS (SELECT 1 FROM unit u WHERE u.bench_src = t.unit_id)"))
sql += fix_tree("party_organization")
sql.append(clone("party_member", {
    "full_name": "t.full_name", "party_card_number": "CONCAT(t.party_card_number, '~', c.n)",
    "date_of_birth": "t.date_of_birth", "admission_date": "t.admission_date", "official_date": "t.official_date",
    "organization_id": mapped("party_organization", "organization_id"), "post": "t.post", "status": "t.status",
    **common}, "EXISTS (SELECT 1 FROM party_organization o WHERE o.bench_src = t.organization_id)"))
sql.append(clone("inspection", {
    "kind": "t.kind", "form": "t.form", "subject_organization_id": mapped("party_organization", "subject_organization_id"),
    "subject_member_id": mapped("party_member", "subject_member_id"), "scope_unit_id": mapped("unit", "scope_unit_id"),
    "conducting_organization_id": mapped("party_organization", "conducting_organization_id"),
    "conducting_body": "t.conducting_body", "origin_supervision_id": "NULL", "plan_year": "t.plan_year",
    "planned_start": "t.planned_start", "planned_end": "t.planned_end", "actual_start": "t.actual_start",
    "actual_end": "t.actual_end", "topic": "t.topic", "team_members": "t.team_members", "status": "t.status",
    "cancel_reason": "t.cancel_reason", **common}))
sql.append("INSERT INTO inspection_conclusion (inspection_id, violation_found, findings, version, created_at, updated_at)"
           " SELECT i.id, k.violation_found, k.findings, 0, NOW(6), NOW(6) FROM inspection i"
           " JOIN inspection_conclusion k ON k.inspection_id = i.bench_src WHERE i.bench_n IS NOT NULL;")
sql.append(clone("disciplinary_action", {
    "subject_organization_id": mapped("party_organization", "subject_organization_id"),
    "subject_member_id": mapped("party_member", "subject_member_id"), "scope_unit_id": mapped("unit", "scope_unit_id"),
    "form": "t.form", "decision_number": "t.decision_number", "decision_date": "t.decision_date",
    "deciding_body": "t.deciding_body", "source": "t.source", "inspection_id": mapped("inspection", "inspection_id"),
    **common}))
sql.append(clone("regulation", {
    "unit_id": mapped("unit", "unit_id"), "kind": "t.kind", "number": "t.number", "title": "t.title",
    "issue_date": "t.issue_date", "status": "t.status", "replaces_id": "NULL", **common},
    "EXISTS (SELECT 1 FROM unit u WHERE u.bench_src = t.unit_id)"))
sql.append(clone("training", {
    "organizer_unit_id": mapped("unit", "organizer_unit_id"), "held_on": "t.held_on", "topic": "t.topic",
    "audience": "t.audience", "location": "t.location", "attendances": "t.attendances", **common}))
sql.append(clone("conference", {
    "unit_id": mapped("unit", "unit_id"), "kind": "t.kind", "held_on": "t.held_on", "title": "t.title",
    "participants": "t.participants", "resolutions": "t.resolutions", **common}))
sql.append(clone("document", {
    "issuer_unit_id": mapped("unit", "issuer_unit_id"), "issuing_body": "t.issuing_body", "kind": "t.kind",
    "number": "CONCAT(t.number, '~', c.n)", "issue_date": "t.issue_date",
    "title": "t.title", "summary": "t.summary", **common}))
sql.append(clone("model_practice", {
    "unit_id": mapped("unit", "unit_id"), "recognized_year": "t.recognized_year", "name": "t.name",
    "description": "t.description", **common}))

for table in CLONED:
    sql.append(f"ALTER TABLE {table} DROP INDEX ix_bench_src, DROP COLUMN bench_src, DROP COLUMN bench_n;")
sql.append("DROP TABLE bench_copies;")
for table in CLONED + ["inspection_conclusion", "unit_placement"]:
    sql.append(f"ANALYZE TABLE {table};")
print("\n".join(sql))
