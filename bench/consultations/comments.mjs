// Opens a consultation (as admin, today's window) and posts signed-out comments from CONCURRENCY
// loops for SECONDS_; prints accepted comments per second, latency percentiles and the count the
// API then reports, so that nothing accepted is lost.
import { randomUUID } from 'node:crypto';

const api = process.env.BACKEND_URL;
const concurrency = Number(process.env.CONCURRENCY);
const seconds = Number(process.env.SECONDS_);
const withKey = process.env.IDEMPOTENCY === '1';

const token = (await (await fetch(`${process.env.KEYCLOAK}/realms/coso/protocol/openid-connect/token`, {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'password', client_id: 'coso-cli', username: 'admin', password: 'admin' }),
})).json()).access_token;
const staff = (path, body) => fetch(api + path, {
  method: body ? 'POST' : 'GET',
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  body: body && JSON.stringify(body),
}).then(async (r) => { if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`); return r.json(); });

const units = await staff('/api/v1/units?q=B%E1%BA%A1ch%20%C4%90%E1%BA%B1ng&type=COMMUNE');
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const later = new Date(Date.now() + 7 * 3600_000 + 10 * 86400_000).toISOString().slice(0, 10);
const consultation = await staff('/api/v1/consultations', {
  unitId: units.items[0].id, kind: 'PLAN', title: 'Dự thảo đo tải', text: 'Điều 1. Nội dung đo tải.',
  opensOn: today, closesOn: later,
});
await staff(`/api/v1/consultations/${consultation.id}/publish`, { version: 0 });
const path = `${api}/api/v1/public/consultations/${consultation.id}/comments`;

const latencies = [];
let accepted = 0;
let failed = 0;
const statuses = {};
const firstProblems = {};
const end = Date.now() + seconds * 1000;
const started = Date.now();
await Promise.all(Array.from({ length: concurrency }, async (_, loop) => {
  let n = 0;
  while (Date.now() < end) {
    const t = performance.now();
    const headers = { 'Content-Type': 'application/json' };
    if (withKey) headers['Idempotency-Key'] = randomUUID();
    const r = await fetch(path, {
      method: 'POST', headers,
      body: JSON.stringify({ text: `Góp ý số ${loop}-${n++}: đề nghị bổ sung Điều 2.`, anonymous: true }),
    });
    const text = await r.text();
    if (r.status !== 201) firstProblems[r.status] ??= text;
    latencies.push(performance.now() - t);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (r.status === 201) accepted++; else failed++;
  }
}));
const elapsed = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
const stored = (await staff(`/api/v1/consultations/${consultation.id}`)).comments.total;
console.log(JSON.stringify({
  concurrency, seconds: elapsed, idempotencyKey: withKey, accepted, failed, statuses,
  acceptedPerSecond: +(accepted / elapsed).toFixed(1),
  latencyMs: { p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) },
  storedComments: stored,
  firstProblems,
}, null, 2));
if (stored !== accepted) { console.error(`LOST: accepted ${accepted}, stored ${stored}`); process.exit(1); }
