import { useId } from 'react';
import { EducationLevel } from '@/lib/schema';
import { EDUCATION_LABELS } from '../requirementLabel';
import { type DraftSectionProps, firstError } from './draftProps';
import { TextField } from './TextField';

/** Education, skills, certifications, licences and clearances. */
export function SkillFields({ draft, update, errors }: DraftSectionProps) {
  const id = useId();
  return (
    <fieldset>
      <legend>Education and skills</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-edu`}>Highest education</label>
          <select
            id={`${id}-edu`}
            value={draft.educationLevel}
            onChange={(e) => {
              const level = EducationLevel.safeParse(e.target.value);
              update({ educationLevel: level.success ? level.data : '' });
            }}
          >
            <option value="">Not said</option>
            {EducationLevel.options.map((level) => (
              <option key={level} value={level}>
                {EDUCATION_LABELS[level]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Field of study"
          value={draft.educationField}
          onChange={(educationField) => update({ educationField })}
          error={errors['education.field']}
        />
      </div>
      <div className="form-grid">
        <TextField
          label="Skills"
          hint="One per line; JS matches JavaScript"
          multiline
          value={draft.skills}
          onChange={(skills) => update({ skills })}
          error={firstError(errors, 'skills')}
        />
        <TextField
          label="Certifications"
          hint="One per line"
          multiline
          value={draft.certifications}
          onChange={(certifications) => update({ certifications })}
          error={firstError(errors, 'certifications')}
        />
        <TextField
          label="Licences"
          hint="One per line, e.g. Driving licence B"
          multiline
          value={draft.licenses}
          onChange={(licenses) => update({ licenses })}
          error={firstError(errors, 'licenses')}
        />
        <TextField
          label="Security clearances"
          hint="One per line"
          multiline
          value={draft.clearances}
          onChange={(clearances) => update({ clearances })}
          error={firstError(errors, 'clearances')}
        />
      </div>
    </fieldset>
  );
}
