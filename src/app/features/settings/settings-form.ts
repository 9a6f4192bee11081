// The Settings form's values, their checks and their conversion to what the settings store keeps.
// The checks themselves are the core's (host names, bucket names, regions): this only calls them and
// hands back their message, which names the problem and the fix.
import { parseHostInput, toStandardRegion, validateBucketName } from '../../../core/endpoint/validate-names';
import { CoreInputError } from '../../../core/errors/core-input-error';
import type { CoreProblem } from '../../../core/errors/core-problem';
import type { Language } from '../../../i18n/messages';
import type { ConnectionSettings } from '../../../state/settings-store';

export type BrokerAuthKind = ConnectionSettings['brokerAuth'];

export interface SettingsFormValues {
  brokerUrl: string;
  brokerAuth: BrokerAuthKind;
  /** memory only: handed to the broker-token store, never to the persisted settings */
  token: string;
  region: string;
  bucket: string;
  endpoint: string;
  httpsEndpoint: string;
  accelerateEndpoint: string;
  customDomains: string[];
  accelerate: boolean;
  language: Language;
}

const messageOf = (check: () => unknown): string | undefined => {
  try {
    check();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
};

/** A host the core refused, as data (rendered in the operator's language by describeCoreProblem). */
const hostProblem = (value: string, what: 'domain' | 'endpoint'): CoreProblem | undefined => {
  try {
    parseHostInput(value, what);
    return undefined;
  } catch (e) {
    if (e instanceof CoreInputError) return e.problem;
    throw e;
  }
};

/** `undefined` when fine; otherwise what is wrong and how to fix it. Empty means "use the broker's". */
export const settingsChecks = {
  brokerUrl: (value: string): string | undefined => {
    const v = value.trim();
    if (v === '') return undefined;
    if (!/^https?:\/\/[^\s/?#]+/i.test(v)) return 'invalid';
    return messageOf(() => new URL(v)) === undefined ? undefined : 'invalid';
  },
  region: (value: string) => (value.trim() === '' ? undefined : messageOf(() => toStandardRegion(value))),
  bucket: (value: string) =>
    value.trim() === '' ? undefined : messageOf(() => validateBucketName(value.trim())),
  endpoint: (value: string) => (value.trim() === '' ? undefined : hostProblem(value, 'endpoint')),
  customDomain: (value: string) => hostProblem(value, 'domain'),
};

const hostText = (input: string, what: 'domain' | 'endpoint'): string => {
  if (input.trim() === '') return '';
  const { hostname, port } = parseHostInput(input, what);
  return port === undefined ? hostname : `${hostname}:${port}`;
};

/** Valid form values → the persisted connection settings (normalized: trimmed, lower-case hosts, no duplicates). */
export function toConnectionSettings(values: SettingsFormValues): ConnectionSettings {
  return {
    brokerUrl: values.brokerUrl.trim().replace(/\/+$/, ''),
    brokerAuth: values.brokerAuth,
    region: values.region.trim() === '' ? '' : toStandardRegion(values.region),
    bucket: values.bucket.trim(),
    endpoint: hostText(values.endpoint, 'endpoint'),
    httpsEndpoint: hostText(values.httpsEndpoint, 'endpoint'),
    accelerateEndpoint: hostText(values.accelerateEndpoint, 'endpoint'),
    customDomains: [...new Set(values.customDomains.map((d) => hostText(d, 'domain')).filter(Boolean))],
    accelerate: values.accelerate,
  };
}

export function toFormValues(
  connection: ConnectionSettings,
  token: string,
  language: Language,
): SettingsFormValues {
  return { ...connection, token, language };
}
