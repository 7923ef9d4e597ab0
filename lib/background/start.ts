import { browser } from 'wxt/browser';
import { onMessage } from '../messages';
import { syncAllSitesScript } from './all-sites';
import { receiveCapture } from './capture-gate';
import { forgetRate } from './capture-rate';
import { ensurePruneAlarm, PRUNE_ALARM, runPrune } from './prune-alarm';
import { SAVE_COMMAND, saveFromShortcut } from './save-shortcut';
import { isExtensionPage } from './sender';
import { forgetTab } from './tab-state';
import { onClearedMessage, onTabUpdated } from './tabs';

/** Logs instead of dropping the rejection: a background failure must show up in the worker's console. */
const report = (what: string) => (error: unknown) => console.error(`Reqlens ${what} failed`, error);

/**
 * Wires every listener. Called synchronously when the service worker starts: MV3 only delivers
 * events to listeners registered in the worker's first turn.
 */
export function startBackground(): void {
  onMessage('capture', ({ data, sender }) => receiveCapture(data, sender));
  onMessage('cleared', ({ sender }) => onClearedMessage(sender));
  onMessage('settingsChanged', async ({ sender }) => {
    if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return false;
    return syncAllSitesScript();
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    onTabUpdated(tabId, change, tab).catch(report('tab update'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    Promise.all([forgetTab(tabId), forgetRate(tabId)]).catch(report('tab cleanup'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND)
      saveFromShortcut(tab?.id, Date.now()).catch(report('save shortcut'));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) runPrune(Date.now()).catch(report('pruning'));
  });
  const sync = () => {
    syncAllSitesScript().catch(report('all-sites registration'));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  ensurePruneAlarm().catch(report('alarm setup'));
  sync();
}
