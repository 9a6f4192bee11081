// A lazy screen that uses antd: its chunk and antd's scope (theme, language: antd-scope.tsx) load together,
// when the screen is first drawn, and it is drawn inside that scope.
import { lazy, type ComponentType } from 'react';

export function lazyWithAntd<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [{ AntdScope }, Screen] = await Promise.all([import('./antd-scope'), load()]);
    function Scoped(props: P) {
      return (
        <AntdScope>
          <Screen {...props} />
        </AntdScope>
      );
    }
    return { default: Scoped };
  });
}
