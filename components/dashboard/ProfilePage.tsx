import { useLiveQuery } from 'dexie-react-hooks';
import { PROFILE_TEXT as T } from '@/components/text';
import { getProfile, saveProfile } from '@/lib/db';
import type { Profile } from '@/lib/schema';
import { PageHeading } from './PageHeading';
import { ProfileEditor } from './ProfileEditor';

type Loaded = { profile: Profile | null } | { error: string };

async function loadProfile(): Promise<Loaded> {
  try {
    return { profile: await getProfile() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function ProfilePage() {
  // Read once per visit: the editor keeps its own draft, so live updates would only fight it.
  const loaded = useLiveQuery(loadProfile, []);
  return (
    <>
      <PageHeading title={T.heading} />
      <p className="muted">{T.intro}</p>
      {loaded === undefined ? (
        <p>{T.loading}</p>
      ) : 'error' in loaded ? (
        <>
          <p className="notice error" role="alert">
            {T.unreadable(loaded.error)}
          </p>
          <ProfileEditor initial={null} onSave={saveProfile} />
        </>
      ) : (
        <ProfileEditor initial={loaded.profile} onSave={saveProfile} />
      )}
    </>
  );
}
