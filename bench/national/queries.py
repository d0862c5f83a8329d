#!/usr/bin/env python3
"""Times, inside MariaDB, the statements a list page costs before and after issue 15 (ANALYZE
FORMAT=JSON: the server's own execution time, which the machine's load disturbs less than an HTTP
round trip). "before" is the statement main sent (every row joined and sorted, then the page kept;
an exact count); "after" is the page's ids on the index of the sort and the bounded count.

    bench/national/queries.py coso_national
"""
import json
import subprocess
import sys

DB = sys.argv[1]
FETCH_INSPECTIONS = ("from inspection i join unit u on u.id = i.scope_unit_id"
                     " join party_organization c on c.id = i.conducting_organization_id"
                     " left join party_organization so on so.id = i.subject_organization_id"
                     " left join party_member sm on sm.id = i.subject_member_id"
                     " left join party_organization smo on smo.id = sm.organization_id")
CASES = [
    ("inspections, page 1", "before",
     f"select i.*, u.*, c.*, so.*, sm.*, smo.* {FETCH_INSPECTIONS} order by i.planned_start, i.id limit 20"),
    ("inspections, page 1", "before (count)", "select count(i.id) from inspection i join unit u on u.id = i.scope_unit_id"),
    ("inspections, page 1", "after (ids)", "select i.id from inspection i order by i.planned_start, i.id limit 20"),
    ("inspections, page 1", "after (count)",
     "select count(*) from (select i.id from inspection i order by i.planned_start, i.id limit 10001) x"),
    ("inspections, page 100", "before",
     f"select i.*, u.*, c.*, so.*, sm.*, smo.* {FETCH_INSPECTIONS} order by i.planned_start, i.id limit 1980, 20"),
    ("inspections, page 100", "after (ids)", "select i.id from inspection i order by i.planned_start, i.id limit 1980, 20"),
    ("inspections 2024, page 1", "before",
     f"select i.*, u.*, c.*, so.*, sm.*, smo.* {FETCH_INSPECTIONS} where i.plan_year = 2024"
     " order by i.planned_start, i.id limit 20"),
    ("inspections 2024, page 1", "after (ids)",
     "select i.id from inspection i where i.plan_year = 2024 order by i.planned_start, i.id limit 20"),
    ("party members, page 1", "before",
     "select m.*, o.*, u.* from party_member m join party_organization o on o.id = m.organization_id"
     " join unit u on u.id = o.unit_id order by m.full_name, m.id limit 20"),
    ("party members, page 1", "before (count)",
     "select count(m.id) from party_member m join party_organization o on o.id = m.organization_id"
     " join unit u on u.id = o.unit_id"),
    ("party members, page 1", "after (ids)", "select m.id from party_member m order by m.full_name, m.id limit 20"),
    ("party members, page 1", "after (count)",
     "select count(*) from (select m.id from party_member m order by m.full_name, m.id limit 10001) x"),
    ("party members, page 100", "after (ids)", "select m.id from party_member m order by m.full_name, m.id limit 1980, 20"),
    ("party organisations, page 1", "before",
     "select o.*, u.*, p.* from party_organization o join unit u on u.id = o.unit_id"
     " left join party_organization p on p.id = o.parent_id order by o.name, o.id limit 20"),
    ("party organisations, page 1", "after (ids)", "select o.id from party_organization o order by o.name, o.id limit 20"),
    ("units, page 1", "before", "select u.*, p.* from unit u left join unit p on p.id = u.parent_id order by u.code, u.id limit 20"),
    ("units, page 1", "after (ids)", "select u.id from unit u order by u.code, u.id limit 20"),
    ("feedback, page 1", "before",
     "select f.*, u.*, au.* from feedback f join unit u on u.id = f.unit_id left join unit au on au.id = f.assigned_unit_id"
     " order by f.received_at desc, f.id limit 20"),
    ("feedback, page 1", "after (ids)", "select f.id from feedback f order by f.received_at desc, f.id desc limit 20"),
    # The scope's prefix is a literal, as the API sends it (bound before the plan is made); a prefix
    # from a subquery, as this case read until 2026-12-02, makes MariaDB walk the sort index instead.
    ("commune's inspections (scoped), page 1", "after (ids)",
     "select i.id from inspection i join unit u on u.id = i.scope_unit_id where u.path like '{commune}%'"
     " order by i.planned_start, i.id limit 20"),
    ("province's inspections (scoped), page 1", "after (ids)",
     "select i.id from inspection i join unit u on u.id = i.scope_unit_id where u.path like '{province}%'"
     " order by i.planned_start, i.id limit 20"),
]


LIMIT_S = 60


def first_path(unit_type):
    return subprocess.run(["mariadb", "-h", "127.0.0.1", "-u", "root", DB, "-N", "-e",
                           f"select path from unit where type = '{unit_type}' and valid_to is null order by id limit 1"],
                          capture_output=True, text=True, check=True).stdout.strip()


SCOPES = {"commune": first_path("COMMUNE"), "province": first_path("PROVINCE")}
CASES = [(label, version, query.replace("{commune}", SCOPES["commune"]).replace("{province}", SCOPES["province"]))
         for label, version, query in CASES]


def page_of_organizations(where):
    rows = subprocess.run(["mariadb", "-h", "127.0.0.1", "-u", "root", DB, "-N", "-e",
                           f"select id, path from party_organization {where} limit 20"],
                          capture_output=True, text=True, check=True).stdout.split("\n")
    return [row.split("\t") for row in rows if row]


# Member counts beside a page of organisations: before, every active member of each subtree joined;
# after (V300), the subtree's own counts summed, one arm per organisation on its path's range.
for label, where in (("party organisations, page 1: member counts", "order by name, id"),
                     ("20 provincial committees: member counts", "where parent_id is null order by id")):
    page = page_of_organizations(where)
    ids = ",".join(i for i, _ in page)
    CASES.append((label, "before",
                   "select o.id, count(m.id) from party_organization o join party_member m on m.status = 'ACTIVE'"
                   " join party_organization mo on mo.id = m.organization_id and mo.path like concat(o.path, '%')"
                   f" where o.id in ({ids}) group by o.id"))
    CASES.append((label, "after (V300)", " union all ".join(
        f"select {i}, coalesce(sum(active_member_count), 0) from party_organization where path like '{p}%'"
        for i, p in page)))


def analyze(query):
    run = subprocess.run(["mariadb", "-h", "127.0.0.1", "-u", "root", DB, "-N", "-e",
                          f"SET STATEMENT max_statement_time = {LIMIT_S} FOR ANALYZE FORMAT=JSON " + query],
                         capture_output=True, text=True)
    if "max_statement_time" in run.stderr:
        return None
    run.check_returncode()
    out = run.stdout
    block = json.loads(out.replace("\\n", "\n"))["query_block"]
    if "r_total_time_ms" in block:
        return block["r_total_time_ms"]
    # A UNION ALL: its arms' times (the union itself adds no work of its own to time here).
    return sum(arm["query_block"]["r_total_time_ms"] for arm in block["union_result"]["query_specifications"])


print(f"| {DB}: list statement | version | server time (ms) |")
print("|---|---|---:|")
for label, version, query in CASES:
    try:
        took = analyze(query)
        print(f"| {label} | {version} | {'> %d s (stopped)' % LIMIT_S if took is None else '%.1f' % took} |", flush=True)
    except (subprocess.CalledProcessError, KeyError, json.JSONDecodeError) as error:
        print(f"| {label} | {version} | failed: {error} |", flush=True)
