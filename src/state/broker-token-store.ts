// The broker bearer token an operator types: memory only, gone on reload (by design; never persisted).
import { create } from 'zustand';

interface BrokerTokenState {
  token: string;
  actions: { tokenEntered(token: string): void; tokenCleared(): void };
}

const useBrokerTokenStore = create<BrokerTokenState>()((set) => ({
  token: '',
  actions: {
    tokenEntered: (token) => set({ token: token.trim() }),
    tokenCleared: () => set({ token: '' }),
  },
}));

export const useBrokerToken = () => useBrokerTokenStore((s) => s.token);
export const useBrokerTokenActions = () => useBrokerTokenStore((s) => s.actions);
export const getBrokerToken = () => useBrokerTokenStore.getState().token;
