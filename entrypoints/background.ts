import '@/lib/schema/jitless';
import { startBackups } from '@/lib/background/backup';
import { startReminders } from '@/lib/background/reminders';
import { startBackground } from '@/lib/background/start';

export default defineBackground(() => {
  startBackground();
  startReminders();
  startBackups();
});
