// A Vitest reporter that appends this run's totals to $TRIBUNE_TEST_COUNTS (see count-reporter.js).
import fs from 'node:fs';

export default class CountReporter {
  onTestRunEnd(testModules) {
    const file = process.env.TRIBUNE_TEST_COUNTS;
    if (!file) return;
    const line = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') line.passed++;
        else if (state === 'failed') line.failed++;
        else line.skipped++;
      }
      if (module.state() === 'failed' && ![...module.children.allTests()].length) line.failed++;
    }
    fs.appendFileSync(file, JSON.stringify(line) + '\n');
  }
}
