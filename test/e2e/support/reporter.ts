// Mocha's spec reporter plus screenshots of failed hooks and the plain closing line CI reads: "e2e: N passed, N failed, N skipped".
import Mocha from 'mocha';
import { captureFailure } from './hooks';

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    // A failed hook gets no afterEach: take its screenshot here (the root afterAll waits for it).
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (runnable: Mocha.Runnable) => {
      if ((runnable as { type?: string }).type === 'hook') void captureFailure(runnable.fullTitle());
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats;
      if (s) console.log(`e2e: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
    });
  }
}

export = SpecWithSummary;
