// antd's theme and language for the screens that use antd (the Share panel, Export, Upload, Settings, the
// toasts): each is a lazy chunk, drawn inside this scope (lazyWithAntd). The first screen draws no antd
// (layout/controls.tsx), so neither antd nor its theme is on the first load.
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLanguage } from '../../state/settings-store';
import { useReducedMotion } from './use-reduced-motion';

export function AntdScope({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      // "打开", not "打 开": no space inserted between two Chinese characters on buttons
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          // prefers-reduced-motion: antd's zooms and slides off too (WCAG 2.3.3)
          motion: !reducedMotion,
          colorPrimary: '#b34100',
          // WCAG AA contrast on the grey layout background (antd's defaults fall short there)
          colorLink: '#a33b00',
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
        },
      }}
    >
      {children}
    </ConfigProvider>
  );
}
