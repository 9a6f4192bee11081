// The one sentence for a link the broker cut short: what was asked, what the link will really do and the
// fix. Shown next to the validity field (URL panel, upload link) and at the head of the export summary.
import { Alert } from 'antd';
import { isMaterialShortfall, type EffectiveExpiry } from '../../core/expiry/effective-expiry';
import { useT } from '../../i18n/use-t';
import { useLanguage } from '../../state/settings-store';
import { formatClockTime, formatDuration } from './format-time';

export interface CapFacts {
  askedSeconds: number;
  /** what the broker granted, when it says */
  grantedSeconds: number | undefined;
  urlExpiresAt: number;
  effective: EffectiveExpiry;
  /** the signing time (the broker's clock), for "works … 1 h" */
  signedAt: number;
}

/** The sentence, or null when the credentials do not cut the link short (core rule, skew margin included). */
export function CappedNote({ facts }: { facts: CapFacts }) {
  const t = useT();
  const language = useLanguage();
  if (!isMaterialShortfall(facts.effective)) return null;
  const granted = facts.grantedSeconds ?? Math.round((facts.effective.expiresAt - facts.signedAt) / 1000);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="capped-note"
      title={t('link.capped', {
        asked: formatDuration(facts.askedSeconds * 1000, language),
        granted: formatDuration(granted * 1000, language),
        until: formatClockTime(facts.effective.expiresAt, language),
        works: formatDuration(facts.effective.expiresAt - facts.signedAt, language, 'minute'),
        askedUntil: formatClockTime(facts.urlExpiresAt, language),
      })}
    />
  );
}
