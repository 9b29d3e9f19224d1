// Redocly's recommended rules and Spectral's OpenAPI rules over the API's description as the running app served it
// (written by mvn verify): a warning fails the check as an error does. Prints each tool's findings and totals.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const document = '../launcher/target/openapi/opportunities.json';

// what the description holds, counted
const api = JSON.parse(readFileSync(document, 'utf8'));
const operations = Object.values(api.paths).flatMap((item) => Object.values(item));
const responses = operations.flatMap((operation) => Object.values(operation.responses));
const headers = responses.reduce((sum, response) => sum + Object.keys(response.headers ?? {}).length, 0);
const examples = responses.flatMap((response) => Object.values(response.content ?? {}))
  .reduce((sum, media) => sum + Object.keys(media.examples ?? {}).length, 0);
console.log(`OpenAPI ${api.openapi}: ${operations.length} operations on ${Object.keys(api.paths).length} paths, `
  + `${Object.keys(api.components.schemas).length} schemas, ${responses.length} responses with ${headers} headers `
  + `and ${examples} examples`);
const bin = (tool) => `node_modules/.bin/${tool}`;

function run(tool, args) {
  try {
    return { output: execFileSync(bin(tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), failed: false };
  } catch (failure) {
    return { output: (failure.stdout ?? '') + (failure.stderr ?? ''), failed: true };
  }
}

const redocly = run('redocly', ['lint', '--config', 'redocly.yaml', '--format=json', document]);
const report = JSON.parse(redocly.output.slice(redocly.output.indexOf('{')));
for (const problem of report.problems) {
  console.log(`redocly ${problem.severity} ${problem.ruleId}: ${problem.message} (${problem.location?.[0]?.pointer ?? ''})`);
}
console.log(`Redocly ${report.version}, recommended rules: ${report.totals.errors} errors, ${report.totals.warnings} warnings`);

const spectral = run('spectral', ['lint', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet', document]);
const findings = JSON.parse(spectral.output.trim() || '[]');
for (const finding of findings) {
  console.log(`spectral ${['error', 'warning', 'info', 'hint'][finding.severity]} ${finding.code}: ${finding.message} (${finding.path.join('.')})`);
}
const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
console.log(`Spectral, spectral:oas: ${count(0)} errors, ${count(1)} warnings, ${count(2)} infos, ${count(3)} hints`);

if (report.totals.errors + report.totals.warnings + findings.length > 0) {
  process.exit(1);
}
