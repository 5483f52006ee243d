// Adds up the Vitest JSON reports and the non-test checks into the closing "N passed, N failed" line.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const [dir, checksPassed, checksFailed] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed (${report.numTotalTestSuites} suites)`);
}
console.log(`checks: ${checksPassed} passed, ${checksFailed} failed`);
const totalPassed = passed + Number(checksPassed);
const totalFailed = failed + Number(checksFailed);
console.log(`${totalPassed} passed, ${totalFailed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(totalFailed > 0 || passed === 0 ? 1 : 0);
