// Ends the run with one plain line, "browser: N passed, N failed[, N skipped]", that CI logs can be read by.
import type { FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

class SummaryReporter implements Reporter {
  private total = 0;
  private readonly outcomes = new Map<TestCase, TestResult['status']>();

  onBegin(_config: unknown, suite: Suite): void {
    this.total = suite.allTests().length;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // The last result of a test wins, so a retried test counts once.
    this.outcomes.set(test, result.status);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed += 1;
      else if (status === 'skipped') skipped += 1;
      else failed += 1;
    }
    if (result.status !== 'passed') {
      // Tests that never ran because the run broke (webServer down, interrupted) count as failed, so the
      // summary can never read green while Playwright exits non-zero.
      failed += this.total - this.outcomes.size;
      if (failed === 0) {
        process.stdout.write(`browser: the run ended "${result.status}" outside any test, see above\n`);
        failed = 1;
      }
    }
    const skippedPart = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`browser: ${passed} passed, ${failed} failed${skippedPart}\n`);
  }

  printsToStdio(): boolean {
    // Playwright keeps its own list/line reporter on the terminal next to this one.
    return false;
  }
}

// biome-ignore lint/style/noDefaultExport: Playwright loads a reporter module through its default export.
export default SummaryReporter;
