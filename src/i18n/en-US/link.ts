export const link = {
  'link.actions': 'Link',
  'link.updating': 'Updating the link to match the form…',
  'link.blocked': 'No link yet: {reason}',
  'link.lastOptions': 'These are your last options.',
  'link.resetOptions': 'Reset to defaults',
  'link.capped':
    'You asked for {asked}; the broker granted {granted}. This link works until {until} ({works}), not {askedUntil}. To share longer links, raise the RAM role’s maximum session duration and the broker’s maximum (BROKER_MAX_DURATION).',
  'qr.label': 'QR code of the link',
  'qr.hardToScan':
    'This link is long (QR version {version}): some phones cannot scan it from a screen. A shorter form scans more easily.',
  'qr.useShorter': 'Use V1 signature ({saved} characters shorter)',
  'qr.tooLong': 'This link ({length} characters) is too long for a QR code. Copy it instead.',
};
