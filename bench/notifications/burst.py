#!/usr/bin/env python3
"""200 feedback submissions across two backend instances: every one must yield one webhook (a distinct
webhook-id, signature verified) and one receipt mail (a distinct Message-ID), with or without a kill -9
of one instance in the middle of delivery. Repeats are counted (allowed only with the same id).

Environment: COSO_BENCH_KC (Keycloak base URL), COSO_BENCH_BACKENDS (comma-separated base URLs),
COSO_BENCH_MAIL_API (GreenMail API base URL), COSO_BENCH_COUNT (200), COSO_BENCH_KILL_PID (a pid to
kill -9 once a third of the webhooks arrived; empty: no kill), COSO_BENCH_UNIT_ID (the unit).
"""
import base64, hashlib, hmac, json, os, signal, threading, time, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KC = os.environ.get("COSO_BENCH_KC", "http://localhost:8261")
BACKENDS = os.environ.get("COSO_BENCH_BACKENDS", "http://localhost:8262,http://localhost:8266").split(",")
MAIL_API = os.environ.get("COSO_BENCH_MAIL_API", "http://127.0.0.1:8265")
COUNT = int(os.environ.get("COSO_BENCH_COUNT", "200"))
KILL_PID = os.environ.get("COSO_BENCH_KILL_PID", "")
UNIT_ID = int(os.environ.get("COSO_BENCH_UNIT_ID", "1"))
RUN = uuid.uuid4().hex[:6]

received, lock, secret = [], threading.Lock(), {"value": None}


def call(method, url, token=None, body=None, form=None):
    data, headers = None, {}
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    if form is not None:
        data, headers["Content-Type"] = urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded"
    if token:
        headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    with urllib.request.urlopen(req, timeout=30) as r:
        text = r.read().decode()
        return r.status, (json.loads(text) if text else None)


import urllib.parse  # noqa: E402


def token():
    _, t = call("POST", KC + "/realms/coso/protocol/openid-connect/token", form={
        "grant_type": "client_credentials", "client_id": "coso-integration",
        "client_secret": "coso-integration-dev-secret"})
    return t["access_token"]


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["content-length"])).decode()
        wid, ts, sig = self.headers["webhook-id"], self.headers["webhook-timestamp"], self.headers["webhook-signature"]
        key = base64.b64decode(secret["value"][len("whsec_"):])
        expected = "v1," + base64.b64encode(hmac.new(key, f"{wid}.{ts}.{body}".encode(), hashlib.sha256).digest()).decode()
        ok = any(hmac.compare_digest(expected, s) for s in sig.split(" "))
        time.sleep(0.02)  # a receiver that takes its time, so that deliveries are in flight when the kill comes
        with lock:
            received.append((wid, ok, json.loads(body)["data"]["trackingCode"]))
        self.send_response(200 if ok else 400)
        self.end_headers()

    def log_message(self, *args):
        pass


def mails():
    """Receipt mails at the bench's addresses: (address, Message-ID)."""
    _, users = call("GET", MAIL_API + "/api/user")
    found = []
    for u in users:
        if u["email"].startswith(f"burst-{RUN}-"):
            _, msgs = call("GET", MAIL_API + "/api/user/" + urllib.parse.quote(u["email"]) + "/messages")
            found += [(u["email"], m["Message-ID"]) for m in msgs]
    return found


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    t = token()
    _, sub = call("POST", BACKENDS[0] + "/api/v1/webhooks", t, {
        "url": f"http://127.0.0.1:{server.server_address[1]}/hook", "eventTypes": ["feedback.received"],
        "description": "bench " + RUN})
    secret["value"] = sub["secret"]

    def submit(i):
        backend = BACKENDS[i % len(BACKENDS)]
        status, _ = call("POST", backend + "/api/v1/feedback", t, {
            "unitId": UNIT_ID, "right": "SUPERVISE", "title": f"Bench {RUN} {i}", "text": "Đo tải thông báo.",
            "channel": "INTEGRATION", "senderName": "Người đo", "senderEmail": f"burst-{RUN}-{i}@bench.local",
            "consent": True})
        return status

    started = time.time()
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(submit, range(COUNT)))
    submitted = time.time() - started
    killed_at = None
    deadline = time.time() + 600
    webhooks_done = mails_done = None
    while time.time() < deadline:
        with lock:
            distinct = len({r[0] for r in received})
        if KILL_PID and killed_at is None and distinct >= COUNT // 3:
            os.kill(int(KILL_PID), signal.SIGKILL)
            killed_at = time.time() - started
        if webhooks_done is None and distinct >= COUNT:
            webhooks_done = time.time() - started
        if mails_done is None and len({m[1] for m in mails()}) >= COUNT:
            mails_done = time.time() - started
        if webhooks_done and mails_done:
            break
        time.sleep(1)
    time.sleep(3)
    got_mails = mails()
    with lock:
        ids = [r[0] for r in received]
        codes = {r[2] for r in received}
        bad = sum(1 for r in received if not r[1])
    result = {
        "submissions": COUNT, "created_201": statuses.count(201), "submit_seconds": round(submitted, 1),
        "killed_pid": KILL_PID or None, "killed_at_s": round(killed_at, 1) if killed_at else None,
        "webhook_posts": len(ids), "webhook_distinct_ids": len(set(ids)), "webhook_distinct_tracking_codes": len(codes),
        "webhook_repeats_same_id": len(ids) - len(set(ids)), "webhook_bad_signatures": bad,
        "webhooks_all_in_s": round(webhooks_done, 1) if webhooks_done else None,
        "mails": len(got_mails), "mail_distinct_message_ids": len({m[1] for m in got_mails}),
        "mail_distinct_recipients": len({m[0] for m in got_mails}),
        "mail_repeats_same_message_id": len(got_mails) - len({m[1] for m in got_mails}),
        "mails_all_in_s": round(mails_done, 1) if mails_done else None,
    }
    print(json.dumps(result, indent=2))
    ok = (result["webhook_distinct_ids"] == COUNT and result["mail_distinct_message_ids"] == COUNT
          and result["mail_distinct_recipients"] == COUNT and bad == 0)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
