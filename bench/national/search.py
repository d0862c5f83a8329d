#!/usr/bin/env python3
"""Search (`q`) at national size (issue 15): the server time of one list page's id statement with
the LIKE alone (before V340) and with the FULLTEXT condition the API now adds before it
(Conditions.containsWords: each word of three letters or more as `+word*`, shorter words left to
the LIKE), and the bounded count. Needs the FULLTEXT indexes of V340 on DB (migrated by the backend).

    bench/national/search.py [coso_national]

Run by hand only, never from .ci/run or the test command.
"""
import json
import re
import subprocess
import sys

DB = sys.argv[1] if len(sys.argv) > 1 else "coso_national"

def words(q):
    w=[x for x in re.split(r'[^\w]+', q.lower()) if x and len(x)>=3 and not x.startswith('_')]
    return ' '.join('+'+x+'*' for x in w)
def t(sql):
    out=subprocess.run(["mariadb","-uroot","-N",DB,"-e","ANALYZE FORMAT=JSON "+sql],capture_output=True,text=True,check=True).stdout
    return round(json.loads(out.replace("\\n","\n"))["query_block"]["r_total_time_ms"],1)
def n(sql): return subprocess.run(["mariadb","-uroot","-N",DB,"-e",sql],capture_output=True,text=True,check=True).stdout.strip()
cases=[("party_member m","m.full_name","m.party_card_number","m.full_name, m.id",["Nguyễn Văn Hùng","nguyen thi","Văn Hùng","hùng","Xyzw","Lê Hà"]),
       ("party_organization o","o.name","o.code","o.name, o.id",["Chi bộ 12","Đảng bộ xã Bình 1","Bình"]),
       ("feedback f","f.title","f.text","f.received_at desc, f.id desc",["rác thải","duong lien thon","Xyzw"])]
print("| list | q | matches | LIKE only, page 1 (ms) | full-text + LIKE, page 1 (ms) | bounded count after (ms) |")
print("|---|---|---:|---:|---:|---:|")
for table,a,b,order,qs in cases:
    for q in qs:
        like=f"({a} like '%{q}%' or {b} like '%{q}%')"
        w=words(q)
        cond=(f"match({a}, {b}) against ('{w}' in boolean mode) > 0 and " if w else "")+like
        m=n(f"select count(*) from {table} where {cond}")
        before=t(f"select {table[-1]}.id from {table} where {like} order by {order} limit 20")
        after=t(f"select {table[-1]}.id from {table} where {cond} order by {order} limit 20")
        cnt=t(f"select count(*) from (select {table[-1]}.id from {table} where {cond} order by {order} limit 10001) x")
        print(f"| {table.split()[0]} | {q} | {m} | {before} | {after} | {cnt} |",flush=True)
