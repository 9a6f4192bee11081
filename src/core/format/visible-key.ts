// A key as an operator must see it: characters that are invisible or that reorder the text around them
// become visible markers instead of being rendered. `\u202Egnp.exe` (a right-to-left override, then
// "gnp.exe") shows as "exe.png" in any text field; as parts it is [RLO marker, "gnp.exe"], drawn in
// logical order. Pure: the browse table, breadcrumbs, URL panel and export summary render the parts.

export type VisibleKeyPart =
  | { kind: 'text'; text: string }
  /** one hidden character: `label` is its usual abbreviation (RLO, ZWSP, TAB…) or U+XXXX */
  | { kind: 'marker'; char: string; codePoint: number; label: string; code: string };

/** Bidirectional formatting characters (UAX #9): they reorder what follows them. */
const BIDI: Readonly<Record<number, string>> = {
  0x061c: 'ALM',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
};

/** Characters that draw nothing (or nothing wide enough to notice) in a file name. */
const INVISIBLE: Readonly<Record<number, string>> = {
  0x00ad: 'SHY',
  0x034f: 'CGJ',
  0x115f: 'HF',
  0x1160: 'HF',
  0x17b4: 'KIV',
  0x17b5: 'KIV',
  0x180e: 'MVS',
  0x200b: 'ZWSP',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x2060: 'WJ',
  0x2061: 'FA',
  0x2062: 'IT',
  0x2063: 'IS',
  0x2064: 'IP',
  0x3164: 'HF',
  0xfeff: 'BOM',
  0xffa0: 'HF',
  0xfff9: 'IAA',
  0xfffa: 'IAS',
  0xfffb: 'IAT',
};

/** C0 controls that have a name operators know. */
const CONTROL_NAMES: Readonly<Record<number, string>> = { 0x09: 'TAB', 0x0a: 'LF', 0x0d: 'CR', 0x7f: 'DEL' };

const ZWJ = 0x200d;
const BLACK_FLAG = 0x1f3f4;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
/** emoji presentation selector and skin-tone modifiers, which sit between a pictograph and a ZWJ */
const isEmojiTrail = (c: number) => c === 0xfe0f || (c >= 0x1f3fb && c <= 0x1f3ff);
const isTag = (c: number) => c >= 0xe0000 && c <= 0xe007f;

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

function hiddenLabel(c: number): string | undefined {
  if (c < 0x20 || c === 0x7f) return CONTROL_NAMES[c] ?? hex(c);
  if (c >= 0x80 && c <= 0x9f) return hex(c);
  return BIDI[c] ?? INVISIBLE[c] ?? (isTag(c) ? 'TAG' : undefined);
}

/** True when the key holds a character that visibleKeyParts turns into a marker. */
export function hasHiddenCharacters(key: string): boolean {
  return visibleKeyParts(key).some((p) => p.kind === 'marker');
}

/**
 * The key as text parts and markers, in logical order; concatenating every part's text (a marker's
 * `char`) gives the key back exactly. A ZWJ inside an emoji sequence (👨‍👩‍👧) and the tag characters of a
 * flag (🏴 + tags) are part of a visible picture and stay in the text.
 */
export function visibleKeyParts(key: string): VisibleKeyPart[] {
  const chars = Array.from(key);
  const parts: VisibleKeyPart[] = [];
  let text = '';
  let inFlag = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const c = ch.codePointAt(0)!;
    let label = hiddenLabel(c);
    if (c === BLACK_FLAG) inFlag = true;
    else if (inFlag && !isTag(c)) inFlag = false;
    if (label !== undefined && isTag(c) && inFlag) label = undefined;
    if (c === ZWJ && joinsEmoji(chars, i)) label = undefined;
    if (label === undefined) {
      text += ch;
      continue;
    }
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
    parts.push({ kind: 'marker', char: ch, codePoint: c, label, code: hex(c) });
  }
  if (text !== '') parts.push({ kind: 'text', text });
  return parts;
}

/** A ZWJ between two pictographs (skin tones and the emoji selector allowed before it) joins one emoji. */
function joinsEmoji(chars: readonly string[], i: number): boolean {
  let before = i - 1;
  while (before >= 0 && isEmojiTrail(chars[before]!.codePointAt(0)!)) before -= 1;
  const prev = chars[before];
  const next = chars[i + 1];
  return prev !== undefined && next !== undefined && PICTOGRAPHIC.test(prev) && PICTOGRAPHIC.test(next);
}

/**
 * The parts as plain text, each marker written `⟦RLO U+202E⟧`: for places that take a string (titles,
 * aria labels, a summary line). The result holds no hidden character, so it cannot be reordered either.
 */
export function visibleKeyText(key: string): string {
  return visibleKeyParts(key)
    .map((p) => (p.kind === 'text' ? p.text : `⟦${p.label === p.code ? p.code : `${p.label} ${p.code}`}⟧`))
    .join('');
}
