#!/usr/bin/env python3
"""A country for Coso, generated inside MariaDB (issue 15).

34 provinces and 3,321 communes as after the 1 July 2025 reorganisation (no districts; one
province, Bắc Ninh, formed by merging two former provinces whose units stay as closed units with
their districts, lineage and placements), about 33,000 villages and 7,300 agencies, public service
units and enterprises. Then, scaled by --scale (1 = the country): about 243,000 party
organisations, 5 million members, 1 million inspections and supervisions over 2023-2025 (the
concluded ones with conclusions), 2 million feedback items and 50,000 trainings.

    bench/national/generate.py --db coso_national --scale 0.1 [--seed 15]

The database must exist and be migrated and empty of records (start the backend on it once with
the demo data off; bench/national/run.sh does). Rows are made by INSERT ... SELECT from MariaDB's
SEQUENCE engine (seq_1_to_N) in batches, so nothing crosses the network; every value is a function
of the row number and the seed (CRC32), so one seed gives one country. Run by hand, never from
.ci/run or the test command.
"""
import argparse
import os
import subprocess
import sys
import time

PROVINCES = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
             "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
             "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
             "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
             "Cà Mau", "An Giang"]
CITIES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
MERGED = 16  # Bắc Ninh: the former Bắc Ninh and Bắc Giang, merged on 2025-07-01
COMMUNES = 3321
VILLAGES_PER_COMMUNE = 10
CELLS_PER_COMMUNE = 72          # at scale 1: 3,321 × 72 cells + committees ≈ 243,000 organisations
MEMBERS = 5_000_000
INSPECTIONS = 1_000_000
FEEDBACK = 2_000_000
TRAININGS = 50_000

# Id ranges, so that paths are computed, not looked up.
COMMUNE_ID = 100            # communes 101..3421
VILLAGE_ID = 10_000         # villages 10001..43210
BODY_ID = 50_000            # agencies and enterprises: 2 per commune, 20 per province
FORMER_ID = 70_000          # the former provinces and their districts
CELL_ID = 100_000           # party cells

FAMILY = "'Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'"
MIDDLE = "'Văn','Thị','Hữu','Đức','Minh','Thu','Ngọc','Quang','Thanh','Xuân'"
GIVEN = ("'An','Bình','Châu','Dũng','Giang','Hà','Hải','Hạnh','Hùng','Hương','Khánh','Lan','Linh','Long','Mai',"
         "'Nam','Nga','Phong','Phúc','Quân','Sơn','Tâm','Thảo','Trang','Trung','Tuấn','Vân','Yến'")


def h(expr, salt):
    """A deterministic pseudo-random integer of a row: CRC32 of the seed, a salt and the row."""
    return f"CRC32(CONCAT(@seed, ':{salt}:', {expr}))"


class Db:
    def __init__(self, database, seed):
        self.database = database
        self.seed = seed
        self.base = ["mariadb", "-h", os.environ.get("MARIADB_HOST", "127.0.0.1"), "-u", "root"]
        if os.environ.get("COSO_TEST_DB_PASSWORD"):
            self.base.append("-p" + os.environ["COSO_TEST_DB_PASSWORD"])
        self.base.append(database)

    def run(self, statement):
        prelude = f"SET SESSION foreign_key_checks = 0, unique_checks = 0; SET @seed = '{self.seed}';\n"
        subprocess.run(self.base + ["-e", prelude + statement], check=True)

    def value(self, query):
        out = subprocess.run(self.base + ["-N", "-e", query], check=True, capture_output=True, text=True)
        return out.stdout.strip()


def batched(db, label, total, batch, statement):
    """Runs statement (with {a} and {b}, the row numbers of one batch) over 1..total."""
    started = time.time()
    for a in range(1, total + 1, batch):
        b = min(total, a + batch - 1)
        db.run(statement.format(a=a, b=b))
        print(f"  {label}: {b:,} / {total:,} ({time.time() - started:.0f} s)", flush=True)


def units(db):
    stamp = "'2025-07-01 00:00:00'"
    rows = []
    for p, name in enumerate(PROVINCES, start=1):
        kind = "Thành phố" if name in CITIES else "Tỉnh"
        valid_from = "'2025-07-01'" if p == MERGED else "NULL"
        rows.append(f"({p}, 'P{p:02d}', '{kind} {name}', 'PROVINCE', NULL, '/{p}/', {valid_from}, TRUE, 0, {stamp}, {stamp})")
    db.run("INSERT INTO unit (id, code, name, type, parent_id, path, valid_from, active, version, created_at, updated_at)"
           " VALUES " + ", ".join(rows))
    # Communes hang straight under the province; provinces differ in size (CRC32 of the seed).
    province = f"1 + {h('s.seq', 'commune-province')} % 34"
    db.run("INSERT INTO unit (id, code, name, type, parent_id, path, active, version, created_at, updated_at)"
           f" SELECT {COMMUNE_ID} + s.seq, LPAD(s.seq, 5, '0'),"
           " CONCAT(IF(s.seq % 4 = 0, 'Phường ', 'Xã '), ELT(1 + s.seq % 28, " + GIVEN + "), ' ', 1 + s.seq DIV 28),"
           f" 'COMMUNE', p.id, CONCAT(p.path, {COMMUNE_ID} + s.seq, '/'), TRUE, 0, {stamp}, {stamp}"
           f" FROM seq_1_to_{COMMUNES} s JOIN unit p ON p.id = {province}")
    db.run("INSERT INTO unit (id, code, name, type, parent_id, path, active, version, created_at, updated_at)"
           f" SELECT {VILLAGE_ID} + s.seq, CONCAT(c.code, '-', LPAD(1 + (s.seq - 1) % {VILLAGES_PER_COMMUNE}, 2, '0')),"
           f" CONCAT(IF(c.name LIKE 'Phường%', 'Tổ dân phố ', 'Thôn '), 1 + (s.seq - 1) % {VILLAGES_PER_COMMUNE}),"
           f" 'VILLAGE', c.id, CONCAT(c.path, {VILLAGE_ID} + s.seq, '/'), TRUE, 0, {stamp}, {stamp}"
           f" FROM seq_1_to_{COMMUNES * VILLAGES_PER_COMMUNE} s"
           f" JOIN unit c ON c.id = {COMMUNE_ID} + 1 + (s.seq - 1) DIV {VILLAGES_PER_COMMUNE}")
    # Two bodies per commune (its people's committee office, an enterprise) and 20 per province.
    db.run("INSERT INTO unit (id, code, name, type, parent_id, path, active, version, created_at, updated_at)"
           f" SELECT {BODY_ID} + s.seq, CONCAT('B', s.seq),"
           " CONCAT(IF(s.seq % 2 = 0, 'Công ty cổ phần ', 'Văn phòng HĐND và UBND '), c.name),"
           f" IF(s.seq % 2 = 0, 'ENTERPRISE', 'AGENCY'), c.id, CONCAT(c.path, {BODY_ID} + s.seq, '/'), TRUE, 0,"
           f" {stamp}, {stamp} FROM seq_1_to_{COMMUNES * 2} s JOIN unit c ON c.id = {COMMUNE_ID} + 1 + (s.seq - 1) DIV 2")
    first = COMMUNES * 2
    db.run("INSERT INTO unit (id, code, name, type, parent_id, path, active, version, created_at, updated_at)"
           f" SELECT {BODY_ID} + {first} + s.seq, CONCAT('B', {first} + s.seq),"
           " CONCAT(ELT(1 + s.seq % 4, 'Sở Nội vụ ', 'Sở Tài chính ', 'Bệnh viện đa khoa ', 'Trường THPT số '),"
           " 1 + (s.seq - 1) DIV 34, ' ', p.name),"
           " ELT(1 + s.seq % 4, 'AGENCY', 'AGENCY', 'PUBLIC_SERVICE_UNIT', 'PUBLIC_SERVICE_UNIT'), p.id,"
           f" CONCAT(p.path, {BODY_ID} + {first} + s.seq, '/'), TRUE, 0, {stamp}, {stamp}"
           f" FROM seq_1_to_{34 * 20} s JOIN unit p ON p.id = 1 + (s.seq - 1) % 34")
    former()


def former_sql():
    """The reorganised province: two former provinces with three districts each, closed on 2025-06-30."""
    new_path = f"/{MERGED}/"
    ids = {"bn": FORMER_ID + 1, "bg": FORMER_ID + 2}
    stamp = "'2025-07-01 00:00:00'"
    statements = []
    values = []
    for key, code, name in [("bn", "F27", "Tỉnh Bắc Ninh (trước 01/7/2025)"), ("bg", "F24", "Tỉnh Bắc Giang")]:
        values.append(f"({ids[key]}, '{code}', '{name}', 'PROVINCE', {MERGED}, '{new_path}{ids[key]}/', NULL, '2025-06-30',"
                      f" TRUE, 0, {stamp}, {stamp})")
    for i in range(1, 7):
        parent = ids["bn"] if i <= 3 else ids["bg"]
        uid = FORMER_ID + 10 + i
        values.append(f"({uid}, 'F{i:03d}', 'Huyện cũ {i}', 'DISTRICT', {parent}, '{new_path}{parent}/{uid}/', NULL,"
                      f" '2025-06-30', TRUE, 0, {stamp}, {stamp})")
    statements.append("INSERT INTO unit (id, code, name, type, parent_id, path, valid_from, valid_to, active, version,"
                      " created_at, updated_at) VALUES " + ", ".join(values))
    statements.append("INSERT INTO reorganisation (id, effective_date, legal_basis_number, legal_basis_date, title,"
                      " plan_json, applied_by, applied_at) VALUES (1, '2025-07-01', '202/2025/QH15', '2025-06-12',"
                      " 'Sắp xếp đơn vị hành chính cấp tỉnh', '{}', 'generator', " + stamp + ")")
    lineage = [f"(1, {ids['bn']}, {MERGED}, 'MERGED_INTO', TRUE, '2025-07-01')",
               f"(1, {ids['bg']}, {MERGED}, 'MERGED_INTO', FALSE, '2025-07-01')",
               f"(1, NULL, {MERGED}, 'ESTABLISHED', FALSE, '2025-07-01')"]
    lineage += [f"(1, {FORMER_ID + 10 + i}, NULL, 'DISSOLVED', FALSE, '2025-07-01')" for i in range(1, 7)]
    statements.append("INSERT INTO unit_lineage (reorganisation_id, from_unit_id, to_unit_id, kind, is_primary,"
                      " effective_date) VALUES " + ", ".join(lineage))
    # Before the reorganisation a former province was a root; since, its place is under its successor.
    placements = []
    for key, name in [("bn", "Tỉnh Bắc Ninh (trước 01/7/2025)"), ("bg", "Tỉnh Bắc Giang")]:
        uid = ids[key]
        placements.append(f"({uid}, NULL, '2025-06-30', NULL, '/{uid}/', '{name}', 'PROVINCE')")
        placements.append(f"({uid}, '2025-07-01', NULL, {MERGED}, '{new_path}{uid}/', '{name}', 'PROVINCE')")
    statements.append("INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, name, type) VALUES "
                      + ", ".join(placements))
    return statements


def former():
    for statement in former_sql():
        DB.run(statement)


def party(db, scale):
    stamp = "'2025-07-01 00:00:00'"
    cells = max(1, round(CELLS_PER_COMMUNE * scale))
    db.run("INSERT INTO party_organization (id, code, name, level, form, unit_id, parent_id, path, active, version,"
           f" created_at, updated_at) SELECT u.id, CONCAT('DB', u.code), CONCAT('Đảng bộ ', LOWER(LEFT(u.name, 1)),"
           f" SUBSTRING(u.name, 2)), 'PROVINCIAL', 'COMMITTEE', u.id, NULL, CONCAT('/', u.id, '/'), TRUE, 0, {stamp}, {stamp}"
           " FROM unit u WHERE u.type = 'PROVINCE' AND u.parent_id IS NULL")
    db.run("INSERT INTO party_organization (id, code, name, level, form, unit_id, parent_id, path, active, version,"
           f" created_at, updated_at) SELECT u.id, CONCAT('DB', u.code), CONCAT('Đảng bộ ', u.name), 'GRASSROOTS',"
           f" 'COMMITTEE', u.id, u.parent_id, CONCAT('/', u.parent_id, '/', u.id, '/'), TRUE, 0, {stamp}, {stamp}"
           " FROM unit u WHERE u.type = 'COMMUNE'")
    # Cells: of the commune's villages in turn, one in five of its bodies.
    total = COMMUNES * cells
    unit = (f"IF(k % 5 = 4, {BODY_ID} + 2 * (c - 1) + 1 + k % 2,"
            f" {VILLAGE_ID} + (c - 1) * {VILLAGES_PER_COMMUNE} + 1 + k % {VILLAGES_PER_COMMUNE})")
    batched(db, "party cells", total, 100_000,
            "INSERT INTO party_organization (id, code, name, level, form, unit_id, parent_id, path, active, version,"
            " created_at, updated_at) SELECT " + str(CELL_ID) + " + x.seq, CONCAT('CB', x.seq),"
            " CONCAT('Chi bộ ', u.name, IF(x.k >= 10, CONCAT(' số ', 1 + x.k DIV 10), '')),"
            " 'BELOW_GRASSROOTS', 'CELL', u.id, cc.id, CONCAT(cc.path, " + str(CELL_ID) + " + x.seq, '/'), TRUE, 0,"
            f" {stamp}, {stamp} FROM (SELECT s.seq, 1 + (s.seq - 1) DIV {cells} AS c, (s.seq - 1) % {cells} AS k"
            f" FROM seq_1_to_{total} s WHERE s.seq BETWEEN {{a}} AND {{b}}) x"
            f" JOIN party_organization cc ON cc.id = {COMMUNE_ID} + x.c"
            f" JOIN unit u ON u.id = " + unit.replace("k", "x.k").replace("c - 1", "x.c - 1"))
    members = max(1, round(MEMBERS * scale))
    # Member m sits in cell (m × 7919) mod cells: spread over every cell, no lookup.
    batched(db, "party members", members, 200_000,
            "INSERT INTO party_member (id, full_name, party_card_number, date_of_birth, admission_date, official_date,"
            " organization_id, status, version, created_at, updated_at)"
            f" SELECT s.seq, CONCAT(ELT(1 + {h('s.seq', 'f')} % 16, {FAMILY}), ' ', ELT(1 + {h('s.seq', 'm')} % 10, {MIDDLE}),"
            f" ' ', ELT(1 + {h('s.seq', 'g')} % 28, {GIVEN})), CONCAT('N', LPAD(s.seq, 9, '0')),"
            f" DATE_ADD('1950-01-01', INTERVAL {h('s.seq', 'b')} % 18000 DAY),"
            f" DATE_ADD('1975-01-01', INTERVAL {h('s.seq', 'a')} % 18000 DAY),"
            f" IF({h('s.seq', 'o')} % 20 = 0, NULL, DATE_ADD('1976-01-01', INTERVAL {h('s.seq', 'a')} % 18000 DAY)),"
            f" {CELL_ID} + 1 + (s.seq * 7919) % {total},"
            f" ELT(1 + {h('s.seq', 's')} % 50, 'DECEASED', 'TRANSFERRED_OUT', 'EXPELLED', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE',"
            " 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE',"
            " 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE',"
            " 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE',"
            " 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE'),"
            f" 0, {stamp}, {stamp} FROM seq_1_to_{members} s WHERE s.seq BETWEEN {{a}} AND {{b}}")
    return total, members


def inspections(db, scale, cells, members):
    total = max(1, round(INSPECTIONS * scale))
    stamp = "'2025-07-01 00:00:00'"
    # Three in four are about a member (of a cell), one in four about a cell; conducted by the commune committee.
    batched(db, "inspections", total, 100_000,
            "INSERT INTO inspection (id, kind, form, subject_organization_id, subject_member_id, scope_unit_id,"
            " conducting_organization_id, conducting_body, plan_year, planned_start, planned_end, actual_start,"
            " actual_end, topic, status, version, created_at, updated_at)"
            " SELECT x.seq, IF(x.r % 2 = 0, 'INSPECTION', 'SUPERVISION'), IF(x.r % 5 = 0, 'REGULAR', 'THEMATIC'),"
            " IF(x.member IS NULL, o.id, NULL), x.member, o.unit_id, o.parent_id,"
            " IF(x.r % 3 = 0, 'EXECUTIVE_COMMITTEE', 'INSPECTION_COMMISSION'), x.year,"
            " DATE_ADD(MAKEDATE(x.year, 3), INTERVAL x.day DAY), DATE_ADD(MAKEDATE(x.year, 13), INTERVAL x.day DAY),"
            " IF(x.r % 10 < 9, DATE_ADD(MAKEDATE(x.year, 8), INTERVAL x.day DAY), NULL),"
            " IF(x.r % 10 < 7, DATE_ADD(MAKEDATE(x.year, 15), INTERVAL x.day DAY), NULL),"
            " ELT(1 + x.r % 4, 'Thực hiện quy chế dân chủ ở cơ sở', 'Công tác tiếp công dân',"
            " 'Công khai tài chính, ngân sách', 'Giải quyết kiến nghị của Nhân dân'),"
            " CASE WHEN x.r % 10 < 6 THEN 'CLOSED' WHEN x.r % 10 < 7 THEN 'CONCLUDED' WHEN x.r % 10 < 9 THEN 'IN_PROGRESS'"
            f" ELSE 'PLANNED' END, 0, {stamp}, {stamp}"
            f" FROM (SELECT s.seq, {h('s.seq', 'i')} AS r, 2023 + {h('s.seq', 'y')} % 3 AS year,"
            f" {h('s.seq', 'd')} % 330 AS day,"
            f" IF({h('s.seq', 'k')} % 4 = 0, NULL, 1 + ({h('s.seq', 'sm')} % {members})) AS member"
            f" FROM seq_1_to_{total} s WHERE s.seq BETWEEN {{a}} AND {{b}}) x"
            " LEFT JOIN party_member m ON m.id = x.member"
            f" JOIN party_organization o ON o.id = COALESCE(m.organization_id, {CELL_ID} + 1 + x.r % {cells})")
    db.run("INSERT INTO inspection_conclusion (inspection_id, violation_found, findings, version, created_at, updated_at)"
           " SELECT i.id, i.id % 31 = 0, IF(i.id % 31 = 0, 'Chưa thực hiện đầy đủ việc công khai theo quy chế dân chủ.',"
           f" 'Thực hiện nghiêm quy chế dân chủ ở cơ sở.'), 0, {stamp}, {stamp} FROM inspection i"
           " WHERE i.status IN ('CONCLUDED', 'CLOSED')")
    return total


def feedback(db, scale):
    total = max(1, round(FEEDBACK * scale))
    villages = COMMUNES * VILLAGES_PER_COMMUNE
    batched(db, "feedback", total, 100_000,
            "INSERT INTO feedback (id, tracking_code, unit_id, democracy_right, type, channel, title, text, anonymous,"
            " status, priority, received_at, acknowledged_at, acknowledge_due_at, answer_due_at, answered_at, closed_at,"
            " version, created_at, updated_at)"
            " SELECT x.seq, CONCAT('N', LPAD(UPPER(CONV(x.seq, 10, 36)), 9, '0')), x.unit,"
            " ELT(1 + x.r % 5, 'KNOW', 'DISCUSS', 'DO', 'INSPECT', 'SUPERVISE'),"
            " IF(x.r % 3 = 0, 'PETITION', 'FEEDBACK'), ELT(1 + x.r % 4, 'WEB', 'HOTLINE', 'MAILBOX', 'MEETING'),"
            " ELT(1 + x.r % 5, 'Đường liên thôn xuống cấp', 'Công khai danh sách hộ nghèo', 'Tiếng ồn ban đêm',"
            " 'Thu gom rác thải', 'Hỗ trợ học phí'), 'Kính đề nghị chính quyền xem xét, giải quyết.', x.r % 7 = 0,"
            " IF(x.received < '2025-10-01', ELT(1 + x.r % 4, 'CLOSED', 'CLOSED', 'ANSWERED', 'REJECTED'),"
            " ELT(1 + x.r % 4, 'RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED')), IF(x.r % 9 = 0, 'URGENT', 'NORMAL'),"
            " x.received, IF(x.received < '2025-10-01' OR x.r % 4 > 0, x.received + INTERVAL 2 DAY, NULL),"
            " x.received + INTERVAL 5 DAY, x.received + INTERVAL 20 DAY,"
            " IF(x.received < '2025-10-01' AND x.r % 4 < 3 OR x.r % 4 = 3, x.received + INTERVAL 15 DAY, NULL),"
            " IF(x.received < '2025-10-01' AND x.r % 4 < 2, x.received + INTERVAL 25 DAY, NULL),"
            " 0, x.received, x.received"
            f" FROM (SELECT s.seq, {h('s.seq', 'r')} AS r, {VILLAGE_ID} + 1 + {h('s.seq', 'u')} % {villages} AS unit,"
            f" TIMESTAMP('2023-01-01') + INTERVAL ({h('s.seq', 't')} % (3 * 365 * 86400)) SECOND AS received"
            f" FROM seq_1_to_{total} s WHERE s.seq BETWEEN {{a}} AND {{b}}) x")
    return total


def trainings(db, scale):
    total = max(1, round(TRAININGS * scale))
    db.run("INSERT INTO training (id, organizer_unit_id, held_on, topic, audience, location, attendances, version,"
           " created_at, updated_at)"
           f" SELECT s.seq, {COMMUNE_ID} + 1 + {h('s.seq', 'u')} % {COMMUNES},"
           f" DATE_ADD('2023-01-01', INTERVAL {h('s.seq', 'd')} % 1090 DAY),"
           " ELT(1 + s.seq % 3, 'Quán triệt Luật Thực hiện dân chủ ở cơ sở', 'Kỹ năng tiếp công dân',"
           " 'Công khai thông tin ở cơ sở'), 'Cán bộ, công chức cấp xã', 'Hội trường UBND', 20 + s.seq % 180, 0,"
           f" '2025-07-01', '2025-07-01' FROM seq_1_to_{total} s")
    return total


def main():
    global DB
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--scale", type=float, default=0.01)
    parser.add_argument("--seed", default="15")
    args = parser.parse_args()
    if not 0 < args.scale <= 1:
        sys.exit("--scale is in (0, 1]")
    DB = Db(args.db, args.seed)
    if DB.value("SELECT COUNT(*) FROM unit") != "0":
        sys.exit(f"{args.db} already holds units: generate into a freshly migrated database")
    started = time.time()
    units(DB)
    cells, members = party(DB, args.scale)
    count = inspections(DB, args.scale, cells, members)
    fb = feedback(DB, args.scale)
    tr = trainings(DB, args.scale)
    DB.run("ANALYZE TABLE unit, party_organization, party_member, inspection, inspection_conclusion, feedback, training")
    size = DB.value("SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables"
                    f" WHERE table_schema = '{args.db}'")
    print(f"GENERATED scale {args.scale} seed {args.seed} in {time.time() - started:.0f} s:"
          f" units {DB.value('SELECT COUNT(*) FROM unit')}, party organisations"
          f" {DB.value('SELECT COUNT(*) FROM party_organization')}, members {members}, inspections {count},"
          f" feedback {fb}, trainings {tr}; {size} MiB on disk (data + indexes)")


DB = None

if __name__ == "__main__":
    main()
