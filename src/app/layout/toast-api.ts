/** What the console's toasts can say (toasts.tsx); antd's message API draws them (toast-host.tsx). */
export interface Toasts {
  success(text: string): void;
  warning(text: string): void;
  error(text: string): void;
}
