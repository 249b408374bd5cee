import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why each skipped test was skipped (the list reporter shows only a dash). */
export default class SkipReasonsReporter implements Reporter {
  private readonly skipped: string[] = [];

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description;
    const project = test.parent.project()?.name ?? '';
    this.skipped.push(`  [${project}] ${test.title}: skipped, ${reason || 'no reason given'}`);
  }

  onEnd(): void {
    if (this.skipped.length === 0) return;
    process.stdout.write(`\nSkipped tests:\n${this.skipped.join('\n')}\n`);
  }
}
