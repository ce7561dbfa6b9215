// A Vitest reporter that appends this run's totals to $TRIBUNE_TEST_COUNTS, and each test file's
// duration (see count-reporter.js).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default class CountReporter {
  onTestRunEnd(testModules) {
    const file = process.env.TRIBUNE_TEST_COUNTS;
    if (!file) return;
    const line = { passed: 0, failed: 0, skipped: 0 };
    const files = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') line.passed++;
        else if (state === 'failed') line.failed++;
        else line.skipped++;
      }
      if (module.state() === 'failed' && ![...module.children.allTests()].length) line.failed++;
      // Its environment (jsdom), set-up files, imports and the tests themselves: what the file costs the run.
      const d = module.diagnostic();
      const ms = d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration + d.duration;
      files.push({ file: path.relative(root, module.moduleId), seconds: ms / 1000, runner: 'vitest' });
    }
    fs.appendFileSync(file, [line, ...files].map((l) => JSON.stringify(l)).join('\n') + '\n');
  }
}
