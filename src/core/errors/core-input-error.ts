import type { CoreProblem, CoreProblemCode } from './core-problem';
import { describeCoreProblem } from './core-problem-text';

export type CoreInputErrorCode = CoreProblemCode;

/**
 * A bad input to the core (a key, a validity, a domain…). `problem` is the data — a stable `code` for
 * programs and tests, and the facts — which the console renders in the operator's language
 * (describeCoreProblem). `message` and `fix` are the en-US sentences, for logs and the CLI.
 */
export class CoreInputError extends Error {
  override readonly name = 'CoreInputError';
  readonly problem: CoreProblem;
  readonly code: CoreInputErrorCode;
  readonly fix: string;
  constructor(problem: CoreProblem) {
    const text = describeCoreProblem(problem, 'en-US');
    super(`${text.problem} ${text.fix}`);
    this.problem = problem;
    this.code = problem.code;
    this.fix = text.fix;
  }
}
