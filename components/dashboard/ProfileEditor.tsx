import { type FormEvent, useState } from 'react';
import { useDashboard } from '@/components/dashboard/store';
import { PROFILE_TEXT as T } from '@/components/text';
import type { Profile } from '@/lib/schema';
import { DealbreakerFields } from './DealbreakerFields';
import { ExperienceFields } from './ExperienceFields';
import { LanguageFields } from './LanguageFields';
import { draftToProfile, type ProfileDraft, profileToDraft } from './profileDraft';
import { ResumeFastStart } from './ResumeFastStart';
import { SkillFields } from './SkillFields';
import { WorkPreferenceFields } from './WorkPreferenceFields';

export interface ProfileEditorProps {
  initial: Profile | null;
  onSave: (profile: Profile) => Promise<unknown>;
}

/**
 * The profile form. Edits stay in this component until Save; a résumé prefill only fills the form,
 * so the user reviews it before anything reaches the database.
 */
export function ProfileEditor({ initial, onSave }: ProfileEditorProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => profileToDraft(initial ?? {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<'idle' | 'review' | 'saving' | 'saved' | 'failed'>('idle');
  const announce = useDashboard((s) => s.announce);
  const update = (patch: Partial<ProfileDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (state === 'saved') setState('idle');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = draftToProfile(draft);
    if (!result.ok) {
      setErrors(result.errors);
      const count = Object.keys(result.errors).length;
      announce(T.notSaved(count));
      return;
    }
    setErrors({});
    setState('saving');
    try {
      await onSave(result.profile);
      setDraft(profileToDraft(result.profile));
      setState('saved');
      announce(T.savedAnnounce);
    } catch {
      setState('failed');
    }
  };

  const errorCount = Object.keys(errors).length;
  return (
    <>
      <ResumeFastStart
        onPrefill={(prefill) => {
          // Only what the résumé said replaces the form; everything else the user typed stays.
          setDraft((d) => ({ ...d, ...profileToDraftPatch(prefill) }));
          setErrors({});
          setState('review');
        }}
      />
      <form className="profile-form" onSubmit={submit} aria-label={T.formLabel} noValidate>
        {state === 'review' && (
          <p className="notice" role="status">
            {T.prefilled}
          </p>
        )}
        {errorCount > 0 && (
          <p className="notice error" role="alert">
            {T.needAttention(errorCount)}
          </p>
        )}
        <ExperienceFields draft={draft} update={update} errors={errors} />
        <LanguageFields draft={draft} update={update} errors={errors} />
        <SkillFields draft={draft} update={update} errors={errors} />
        <WorkPreferenceFields draft={draft} update={update} errors={errors} />
        <DealbreakerFields draft={draft} update={update} />
        <div className="sticky-actions">
          <button type="submit" className="primary" disabled={state === 'saving'}>
            {T.save}
          </button>
          {state === 'saved' && <span>{T.saved}</span>}
          {state === 'failed' && <span className="error">{T.failed}</span>}
        </div>
      </form>
    </>
  );
}

/** The draft fields a prefilled profile provides (absent profile fields leave the form alone). */
function profileToDraftPatch(profile: Profile): Partial<ProfileDraft> {
  const full = profileToDraft(profile);
  const patch: Partial<ProfileDraft> = {};
  const set = <K extends keyof ProfileDraft>(key: K, when: unknown) => {
    if (when !== undefined) patch[key] = full[key];
  };
  set('totalYears', profile.totalYears);
  set('experience', profile.experience);
  set('languages', profile.languages);
  set('educationLevel', profile.education);
  set('educationField', profile.education?.field);
  set('skills', profile.skills);
  set('certifications', profile.certifications);
  set('licenses', profile.licenses);
  set('clearances', profile.clearances);
  set('locations', profile.locations);
  set('workplaces', profile.workplaces);
  set('relocate', profile.relocate);
  if (profile.travel !== undefined) {
    patch.travel = full.travel;
    patch.travelPercent = full.travelPercent;
  }
  set('workAuthorization', profile.workAuthorization);
  if (profile.minSalary) {
    patch.salaryAmount = full.salaryAmount;
    patch.salaryCurrency = full.salaryCurrency;
    patch.salaryPeriod = full.salaryPeriod;
  }
  // A résumé never states dealbreakers: the user's own choices stay.
  return patch;
}
