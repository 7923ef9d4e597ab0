// The worker ships inside the extension: pdf.js never loads code from anywhere else.
import pdfWorkerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import type { DashboardPlatform } from '@/components/dashboard/PlatformContext';
import { sendMessage } from '@/lib/messages';

/** The real browser behind the dashboard's components. */
export const platform: DashboardPlatform = {
  alarms: browser.alarms,
  permissions: browser.permissions,
  settingsChanged: () => sendMessage('settingsChanged', undefined),
  pdfWorkerSrc,
  download(fileName, text, mime) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // The click has started the download; the URL is no longer needed after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
};
