// Lints the contract as an integrator's tools read it: Spectral (spectral:oas) and Redocly
// (recommended), with the repository's rulesets (.spectral.yaml, redocly.yaml). Any error or
// warning fails: what is accepted is turned off in those files, each with its reason.
//
//   node lint.mjs [path/to/openapi.yaml]   (default: openapi.yaml at the repository root)
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const document = resolve(process.argv[2] ?? join(root, 'openapi.yaml'));
const bin = (name) => join(here, 'node_modules', '.bin', name);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

let failed = false;

const spectral = run(bin('spectral'), ['lint', '--ruleset', join(root, '.spectral.yaml'), '--fail-severity=warn', document]);
process.stdout.write(spectral.stdout);
process.stderr.write(spectral.stderr);
if (spectral.status !== 0) {
  console.error(`Spectral: ${document} has errors or warnings (exit ${spectral.status}).`);
  failed = true;
} else {
  console.log('Spectral (spectral:oas): 0 errors, 0 warnings.');
}

const redoclyArgs = ['lint', '--config', join(root, 'redocly.yaml'), document];
const redocly = run(bin('redocly'), [...redoclyArgs, '--format=json']);
let totals;
try {
  totals = JSON.parse(redocly.stdout).totals;
} catch {
  process.stdout.write(redocly.stdout);
  process.stderr.write(redocly.stderr);
  console.error(`Redocly gave no report (exit ${redocly.status}).`);
  process.exit(1);
}
if (redocly.status !== 0 || totals.errors > 0 || totals.warnings > 0) {
  // The readable form of the same findings.
  const readable = run(bin('redocly'), [...redoclyArgs, '--format=stylish']);
  process.stdout.write(readable.stdout);
  process.stderr.write(readable.stderr);
  console.error(`Redocly (recommended): ${totals.errors} errors, ${totals.warnings} warnings.`);
  failed = true;
} else {
  console.log(`Redocly (recommended): 0 errors, 0 warnings (${totals.ignored} ignored in .redocly.lint-ignore.yaml).`);
}

process.exit(failed ? 1 : 0);
