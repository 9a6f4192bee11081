// A host the core refused, in the operator's language: the sentence and the fix from the core's tables.
import { describeCoreProblem } from '../../../core/errors/core-problem-text';
import type { CoreProblem } from '../../../core/errors/core-problem';
import type { Language } from '../../../i18n/messages';

export function hostProblemText(language: Language, problem: CoreProblem): string {
  const text = describeCoreProblem(problem, language);
  return `${text.problem} ${text.fix}`;
}
