#!/usr/bin/env python3
"""Public feedback submissions for the fault scripts (standard library only).

    client.py submit URL UNIT_ID N CONCURRENCY RESULTS.json   # a burst; progress in RESULTS.json.progress
    client.py retry  URL RESULTS.json DEADLINE_SECONDS          # resend every request without a 201, same key
    client.py probe  URL PATH SECONDS OUT.json                  # one GET every 0.5 s: status, type, time
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor


def post(url, body, key, timeout=30):
    data = json.dumps(body).encode()
    request = urllib.request.Request(url + "/api/v1/public/feedback", data=data, method="POST", headers={
        "Content-Type": "application/json", "Idempotency-Key": key, "Accept-Language": "en"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            payload = json.loads(response.read() or b"{}")
            return response.status, payload.get("trackingCode"), time.monotonic() - started, None
    except urllib.error.HTTPError as e:
        return e.code, None, time.monotonic() - started, e.headers.get("Content-Type")
    except Exception as e:  # connection refused or reset, timeout: the answer never came
        return 0, None, time.monotonic() - started, type(e).__name__


def submit(url, unit_id, n, concurrency, results_path):
    marker = "fault-" + uuid.uuid4().hex[:8]
    items = [{"i": i, "key": str(uuid.uuid4()), "body": {
        "unitId": int(unit_id), "right": "KNOW", "title": f"{marker} {i:05d}",
        "text": "Chưa công khai dự toán làm đường thôn.", "anonymous": True}, "attempts": []}
        for i in range(n)]
    done = [0]
    lock = threading.Lock()

    def one(item):
        status, code, seconds, error = post(url, item["body"], item["key"])
        item["attempts"].append({"phase": "burst", "status": status, "trackingCode": code,
                                 "seconds": round(seconds, 3), "error": error})
        with lock:
            done[0] += 1
            with open(results_path + ".progress", "w") as f:
                f.write(str(done[0]))

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, items))
    json.dump({"marker": marker, "items": items}, open(results_path, "w"), ensure_ascii=False)


def retry(url, results_path, deadline_seconds):
    results = json.load(open(results_path))
    deadline = time.monotonic() + float(deadline_seconds)
    pending = [it for it in results["items"] if not any(a["status"] == 201 for a in it["attempts"])]
    # Some that got their 201 are sent again too: the same key must answer the same tracking code.
    replays = [it for it in results["items"] if any(a["status"] == 201 for a in it["attempts"])][:50]
    for item in replays:
        status, code, seconds, error = post(url, item["body"], item["key"])
        item["attempts"].append({"phase": "replay", "status": status, "trackingCode": code,
                                 "seconds": round(seconds, 3), "error": error})
    while pending and time.monotonic() < deadline:
        still = []
        for item in pending:
            status, code, seconds, error = post(url, item["body"], item["key"])
            item["attempts"].append({"phase": "retry", "status": status, "trackingCode": code,
                                     "seconds": round(seconds, 3), "error": error})
            if status != 201:
                still.append(item)
        pending = still
        if pending:
            time.sleep(1)
    json.dump(results, open(results_path, "w"), ensure_ascii=False)


def probe(url, path, seconds, out_path):
    samples = []
    end = time.monotonic() + float(seconds)
    while time.monotonic() < end:
        started = time.monotonic()
        try:
            with urllib.request.urlopen(urllib.request.Request(url + path, headers={"Accept-Language": "en"}),
                                        timeout=30) as r:
                status, ctype, body = r.status, r.headers.get("Content-Type"), r.read()[:300]
        except urllib.error.HTTPError as e:
            status, ctype, body = e.code, e.headers.get("Content-Type"), e.read()[:300]
        except Exception as e:
            status, ctype, body = 0, type(e).__name__, b""
        samples.append({"t": round(time.time(), 3), "status": status, "type": ctype,
                        "seconds": round(time.monotonic() - started, 3), "body": body.decode("utf-8", "replace")})
        time.sleep(max(0.0, 0.5 - (time.monotonic() - started)))
    json.dump(samples, open(out_path, "w"), ensure_ascii=False)


if __name__ == "__main__":
    mode, args = sys.argv[1], [int(a) if a.isdigit() else a for a in sys.argv[2:]]
    {"submit": submit, "retry": retry, "probe": probe}[mode](*args)
