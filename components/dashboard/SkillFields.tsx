import { useId } from 'react';
import { EDUCATION_LABELS, SKILL_TEXT as T } from '@/components/text';
import { EducationLevel } from '@/lib/schema';
import { type DraftSectionProps, firstError } from './draftProps';
import { TextField } from './TextField';

/** Education, skills, certifications, licences and clearances. */
export function SkillFields({ draft, update, errors }: DraftSectionProps) {
  const id = useId();
  return (
    <fieldset>
      <legend>{T.heading}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-edu`}>{T.education}</label>
          <select
            id={`${id}-edu`}
            value={draft.educationLevel}
            onChange={(e) => {
              const level = EducationLevel.safeParse(e.target.value);
              update({ educationLevel: level.success ? level.data : '' });
            }}
          >
            <option value="">{T.noEducation}</option>
            {EducationLevel.options.map((level) => (
              <option key={level} value={level}>
                {EDUCATION_LABELS[level]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={T.studyField}
          value={draft.educationField}
          onChange={(educationField) => update({ educationField })}
          error={errors['education.field']}
        />
      </div>
      <div className="form-grid">
        <TextField
          label={T.skills}
          hint={T.skillsHint}
          multiline
          value={draft.skills}
          onChange={(skills) => update({ skills })}
          error={firstError(errors, 'skills')}
        />
        <TextField
          label={T.certifications}
          hint={T.onePerLine}
          multiline
          value={draft.certifications}
          onChange={(certifications) => update({ certifications })}
          error={firstError(errors, 'certifications')}
        />
        <TextField
          label={T.licences}
          hint={T.licencesHint}
          multiline
          value={draft.licenses}
          onChange={(licenses) => update({ licenses })}
          error={firstError(errors, 'licenses')}
        />
        <TextField
          label={T.clearances}
          hint={T.onePerLine}
          multiline
          value={draft.clearances}
          onChange={(clearances) => update({ clearances })}
          error={firstError(errors, 'clearances')}
        />
      </div>
    </fieldset>
  );
}
