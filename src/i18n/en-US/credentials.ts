export const credentials = {
  'credentials.label': 'Credentials',
  'credentials.timeLeft': '{time} left',
  'credentials.expiresAt': 'STS credentials for {bucket} expire at {time}',
  'credentials.idle': 'not requested yet',
  'credentials.loading': 'requesting…',
  'credentials.refreshing': 'refreshing…',
  'credentials.expired': 'expired',
  'credentials.error': 'refresh failed',
  'credentials.refreshNow': 'Refresh credentials now',
  'credentials.bannerTitle': 'The broker did not renew the credentials for {bucket}.',
  'credentials.bannerStillValid': 'The current credentials still work for {time}.',
  'credentials.retrying': 'Retrying…',
};
