// Any failure of a listing (OSS, the broker, a bad setting) as what the operator reads. The wording and
// the fixes come from src/core/errors and src/sts; this only picks which one applies.
import type { CorsRuleText } from '../../core/errors';
import { CoreInputError, describeCoreProblem, describeOssError, isOssError } from '../../core/errors';
import type { ProviderKind } from '../../core/provider/link-provider';
import type { Language } from '../../i18n/messages';
import { isBrokerError } from '../../sts/broker-error';

export interface FailureText {
  title: string;
  fix: string | undefined;
  code: string | undefined;
  /** OSS's own message, when it adds something */
  detail: string | undefined;
  requestId: string | undefined;
  corsRule: CorsRuleText | undefined;
}

export function describeFailure(
  error: unknown,
  language: Language,
  context: { consoleOrigin?: string; upload?: boolean; provider?: ProviderKind | undefined } = {},
): FailureText {
  if (isOssError(error)) {
    const d = describeOssError(error, {
      locale: language,
      provider: context.provider,
      consoleOrigin: context.consoleOrigin,
      ...(context.upload === undefined ? {} : { upload: context.upload }),
    });
    return {
      title: d.title,
      fix: d.fix,
      code: d.code,
      detail: d.ossMessage,
      requestId: d.requestId,
      corsRule: d.corsRule,
    };
  }
  if (isBrokerError(error)) {
    return {
      title: error.problem,
      fix: error.fix,
      code: error.code,
      detail: undefined,
      requestId: error.requestId,
      corsRule: undefined,
    };
  }
  if (error instanceof CoreInputError) {
    const text = describeCoreProblem(error.problem, language);
    return {
      title: text.problem,
      fix: text.fix,
      code: error.code,
      detail: undefined,
      requestId: undefined,
      corsRule: undefined,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: message,
    fix: undefined,
    code: undefined,
    detail: undefined,
    requestId: undefined,
    corsRule: undefined,
  };
}

/** The failure as one line in the operator's language (and its cloud's words): what went wrong, then the fix. */
export function failureSentence(error: unknown, language: Language, provider?: ProviderKind): string {
  const f = describeFailure(error, language, { provider });
  return f.fix ? `${f.title} ${f.fix}` : f.title;
}
