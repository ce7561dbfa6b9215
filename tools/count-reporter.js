// A Jest reporter that appends this run's totals to $TRIBUNE_TEST_COUNTS, so `npm test` can
// print one closing line for every test runner in the monorepo.
const fs = require('node:fs');

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.TRIBUNE_TEST_COUNTS;
    if (!file) return;
    const line = { passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests };
    fs.appendFileSync(file, JSON.stringify(line) + '\n');
  }
}
module.exports = CountReporter;
