// A Jest reporter that appends this run's totals to $TRIBUNE_TEST_COUNTS, so `npm test` can
// print one closing line for every test runner in the monorepo, and each test file's duration
// (a `file` line), so it can list the slowest files.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.TRIBUNE_TEST_COUNTS;
    if (!file) return;
    const line = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests,
    };
    const lines = [JSON.stringify(line)];
    for (const r of results.testResults) {
      const { start, end } = r.perfStats ?? {};
      if (!start || !end) continue;
      lines.push(JSON.stringify({ file: path.relative(root, r.testFilePath), seconds: (end - start) / 1000, runner: 'jest' }));
    }
    fs.appendFileSync(file, lines.join('\n') + '\n');
  }
}
module.exports = CountReporter;
