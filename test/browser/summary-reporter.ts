// Ends the run with one plain line, "browser: N passed, N failed[, N skipped]", that CI logs can be read by, after
// the first lines of each failure's error again: a CI log is often read from its tail, far from where the line
// reporter printed the error.
import type { FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

class SummaryReporter implements Reporter {
  private total = 0;
  private readonly outcomes = new Map<TestCase, TestResult['status']>();
  private readonly errors = new Map<TestCase, string>();

  onBegin(_config: unknown, suite: Suite): void {
    this.total = suite.allTests().length;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // The last result of a test wins, so a retried test counts once.
    this.outcomes.set(test, result.status);
    const error = result.errors[0];
    if (result.status === 'passed' || result.status === 'skipped' || error === undefined) this.errors.delete(test);
    else this.errors.set(test, firstLines(error.message ?? error.value ?? 'no message', ERROR_LINES));
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
    for (const [test, message] of this.errors) {
      process.stdout.write(`browser: failed: ${test.titlePath().slice(1).join(' › ')}\n${message}\n`);
    }
    const skippedPart = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`browser: ${passed} passed, ${failed} failed${skippedPart}\n`);
  }

  printsToStdio(): boolean {
    // Playwright keeps its own list/line reporter on the terminal next to this one.
    return false;
  }
}

/** Enough of an error for its assertion, expected and received values, without the whole call log. */
const ERROR_LINES = 12;

function firstLines(text: string, count: number): string {
  // Playwright colours its messages; a log file keeps only the words.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape character is what is removed.
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return plain
    .split('\n')
    .slice(0, count)
    .map((line) => `  ${line}`)
    .join('\n');
}

// biome-ignore lint/style/noDefaultExport: Playwright loads a reporter module through its default export.
export default SummaryReporter;
