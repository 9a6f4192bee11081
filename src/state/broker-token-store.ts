// The broker bearer token an operator types: memory only, gone on reload (by design; never persisted).
import { create } from 'zustand';

interface BrokerTokenState {
  token: string;
  /** changes with every token typed or cleared: what caches keyed on "which token" use (never the token) */
  generation: number;
  actions: { tokenEntered(token: string): void; tokenCleared(): void };
}

const useBrokerTokenStore = create<BrokerTokenState>()((set) => ({
  token: '',
  generation: 0,
  actions: {
    tokenEntered: (token) => set((s) => ({ token: token.trim(), generation: s.generation + 1 })),
    tokenCleared: () => set((s) => ({ token: '', generation: s.generation + 1 })),
  },
}));

export const useBrokerToken = () => useBrokerTokenStore((s) => s.token);
export const useBrokerTokenGeneration = () => useBrokerTokenStore((s) => s.generation);
export const useBrokerTokenActions = () => useBrokerTokenStore((s) => s.actions);
export const getBrokerToken = () => useBrokerTokenStore.getState().token;
export const getBrokerTokenGeneration = () => useBrokerTokenStore.getState().generation;
