// The console's one QueryClient: made by the entry (which starts the first screen's fetches into it) and
// handed to <App>.
import { QueryClient } from '@tanstack/react-query';

export const createConsoleQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
