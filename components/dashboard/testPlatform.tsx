import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DashboardPlatform, PlatformContext } from './PlatformContext';

/** What a test can inspect after the components used the platform. */
export interface TestPlatform extends DashboardPlatform {
  granted: Set<string>;
  /** Whether the (fake) user accepts the next permission prompt. */
  userAccepts: boolean;
  downloads: { fileName: string; text: string; mime: string }[];
}

const keysOf = (p: { origins?: string[]; permissions?: string[] }) => [
  ...(p.origins ?? []),
  ...(p.permissions ?? []),
];

/** fakeBrowser's alarms, plus a permission prompt and downloads the test controls and records. */
export function createTestPlatform(): TestPlatform {
  fakeBrowser.reset();
  const platform: TestPlatform = {
    granted: new Set(),
    userAccepts: true,
    downloads: [],
    alarms: fakeBrowser.alarms,
    permissions: {
      request: async (p) => {
        if (!platform.userAccepts) return false;
        for (const k of keysOf(p)) platform.granted.add(k);
        return true;
      },
      remove: async (p) => {
        for (const k of keysOf(p)) platform.granted.delete(k);
        return true;
      },
      contains: async (p) => keysOf(p).every((k) => platform.granted.has(k)),
    },
    settingsChanged: async () => true,
    download: (fileName, text, mime) => platform.downloads.push({ fileName, text, mime }),
  };
  return platform;
}

export function renderWithPlatform(ui: ReactElement, platform = createTestPlatform()) {
  return { platform, ...render(<PlatformContext value={platform}>{ui}</PlatformContext>) };
}
