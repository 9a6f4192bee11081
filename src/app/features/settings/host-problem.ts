// The core checks host names and says what is wrong in English (its messages are for logs and programs
// too). The form shows the same finding in the operator's language: the core's problem phrase is
// recognized and rendered from the message table; an unknown phrase falls back to the core's text.
import type { MessageKey } from '../../../i18n/messages';
import type { Translate } from '../../../i18n/use-t';

const PROBLEMS: readonly [RegExp, MessageKey][] = [
  [/ is empty\.$/, 'settings.host.empty'],
  [/ contains a path, query, user name or space\.$/, 'settings.host.path'],
  [/ has an invalid port\.$/, 'settings.host.port'],
  [/ is longer than 253 characters\.$/, 'settings.host.long'],
  [/ is not a fully qualified host name\.$/, 'settings.host.notFqdn'],
  [/ is an IP address; OSS needs a host name\.$/, 'settings.host.ip'],
  [/ has an invalid part "(.*)" \(/, 'settings.host.label'],
];

/** `coreMessage` is the CoreInputError message (problem sentence + fix) for `input`. */
export function hostProblemText(
  t: Translate,
  what: 'domain' | 'endpoint',
  input: string,
  coreMessage: string,
  coreFix: string,
): string {
  const sentence = coreMessage.slice(0, coreMessage.length - coreFix.length).trim();
  for (const [pattern, key] of PROBLEMS) {
    const m = pattern.exec(sentence);
    if (m) {
      const problem = t(key, { part: m[1] ?? '' });
      return t(what === 'domain' ? 'settings.host.domain' : 'settings.host.endpoint', { input, problem });
    }
  }
  return coreMessage;
}
