// The validity as the operator types it. The text is read strictly (core parseValidity); a link is signed
// only for a validity the text has shown for a moment — typing 600 never signs a 60 s link on the way — and
// while the text is changing, or unreadable, there is no validity to sign with at all.
import { useEffect, useMemo, useState } from 'react';
import { parseValidity, type ValidityReading } from '../../core/expiry/parse-validity';

/** How long the text must stay as it is before it is signed with. */
export const VALIDITY_SETTLE_MS = 400;

export interface ValidityInput {
  text: string;
  reading: ValidityReading;
  /** seconds to sign with: undefined while the text is unreadable, out of range or still changing */
  settled: number | undefined;
  /** the text changed less than VALIDITY_SETTLE_MS ago */
  changing: boolean;
  typed(text: string): void;
  /** a preset: taken at once */
  chosen(seconds: number): void;
}

export function useValidityInput(initialSeconds: number): ValidityInput {
  const [text, setText] = useState(String(initialSeconds));
  const [settledText, setSettledText] = useState(text);
  useEffect(() => {
    if (settledText === text) return undefined;
    const handle = setTimeout(() => setSettledText(text), VALIDITY_SETTLE_MS);
    return () => clearTimeout(handle);
  }, [text, settledText]);
  const reading = useMemo(() => parseValidity(text), [text]);
  const changing = settledText !== text;
  return {
    text,
    reading,
    settled: !changing && reading.ok ? reading.seconds : undefined,
    changing,
    typed: setText,
    chosen: (seconds) => {
      setText(String(seconds));
      setSettledText(String(seconds));
    },
  };
}
