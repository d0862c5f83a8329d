#!/usr/bin/env node
// The public portal's JavaScript budget (issue 16, item 9): a citizen on a phone downloads at most
// BUDGET_KB of gzipped JavaScript to open /portal, and never the staff app's sign-in library
// (keycloak-js), its layout, nor the other language's dictionary. Run after `npm run build`
// (scripts/test.sh does); exits 1 over budget. Reads dist/.vite/chunks.json, which vite.config.ts
// writes at build time: every chunk with its static and dynamic imports and its modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const DIST = join(import.meta.dirname, '..', 'dist');

// What each portal page loads besides the entry, as the source modules main.tsx and the router
// import dynamically for it. A module renamed in the code and not here fails the check.
const COMMON = ['src/app/PortalApp.tsx', 'src/lib/i18n/packs/vi.ts', 'src/features/portal/components/PortalLayout.tsx'];
const PAGES = {
  '/portal': [...COMMON, 'src/features/portal/components/PortalHome.tsx'],
  '/portal/feedback': [...COMMON, 'src/features/portal/components/FeedbackFormPage.tsx'],
  '/portal/track': [...COMMON, 'src/features/portal/components/TrackPage.tsx'],
  '/portal/consultations': [...COMMON, 'src/features/portal/components/ConsultationListPage.tsx'],
};
// Modules the portal must never load.
const FORBIDDEN = [
  [/node_modules\/keycloak-js\//, 'keycloak-js'],
  [/^src\/app\/(StaffApp|router|layout\/)/, 'the staff app'],
  [/^src\/lib\/i18n\/(en|packs\/en)\.ts$/, 'the English dictionary'],
  [/^src\/lib\/auth\/keycloak\.ts$/, 'the sign-in code'],
];

const chunks = JSON.parse(readFileSync(join(DIST, '.vite', 'chunks.json'), 'utf8'));
const gzipped = new Map();
function gzipKb(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(DIST, file))).length / 1024);
  return gzipped.get(file);
}

/** The chunk files a page loads: the entry's static imports, then each listed module's chunk and its static imports. */
function filesOf(modules) {
  const files = new Set();
  const add = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of chunks[file].imports) add(imported);
  };
  for (const [file, chunk] of Object.entries(chunks)) if (chunk.isEntry) add(file);
  for (const module of modules) {
    const file = Object.keys(chunks).find((name) => chunks[name].facadeModuleId === module);
    if (!file)
      throw new Error(`no chunk for ${module}: is it still imported dynamically? (update ${import.meta.filename})`);
    add(file);
  }
  return [...files];
}

let failed = false;
for (const [page, modules] of Object.entries(PAGES)) {
  const files = filesOf(modules);
  const total = files.reduce((sum, file) => sum + gzipKb(file), 0);
  const loaded = files.flatMap((file) => chunks[file].modules);
  const wrong = FORBIDDEN.filter(([pattern]) => loaded.some((module) => pattern.test(module))).map(([, what]) => what);
  const over = page === '/portal' && total > BUDGET_KB;
  failed ||= over || wrong.length > 0;
  console.log(
    `${over || wrong.length ? 'FAIL' : 'ok  '}  ${page.padEnd(24)} ${total.toFixed(1).padStart(6)} KB gzip in ${files.length} files` +
      (page === '/portal' ? ` (budget ${BUDGET_KB} KB)` : '') +
      (wrong.length ? `; loads ${wrong.join(', ')}` : ''),
  );
}
if (failed) {
  console.error(`The public portal is over its JavaScript budget or loads staff code (${import.meta.filename}).`);
  process.exit(1);
}
