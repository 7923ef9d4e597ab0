import { useId } from 'react';
import { SalaryPeriod, Workplace } from '@/lib/schema';
import { WORKPLACE_LABELS } from '../requirementLabel';
import { CheckboxList } from './CheckboxList';
import { type DraftSectionProps, firstError } from './draftProps';
import { FieldError } from './FieldError';
import { PERIOD_LABELS } from './labels';
import type { Travel } from './profileDraft';
import { TextField } from './TextField';

const TRAVEL: { value: Travel; label: string }[] = [
  { value: '', label: 'Not said' },
  { value: 'no', label: 'No travel' },
  { value: 'yes', label: 'Yes, any amount' },
  { value: 'percent', label: 'Up to a share of my time' },
];

/** Where and how the user will work, and for how much. */
export function WorkPreferenceFields({ draft, update, errors }: DraftSectionProps) {
  const id = useId();
  return (
    <>
      <fieldset>
        <legend>Where and how</legend>
        <TextField
          label="Locations"
          hint="One place per line, e.g. Paris, France"
          multiline
          value={draft.locations}
          onChange={(locations) => update({ locations })}
          error={firstError(errors, 'locations')}
        />
        <fieldset>
          <legend>Work models I accept</legend>
          <CheckboxList
            options={Workplace.options}
            labels={WORKPLACE_LABELS}
            chosen={draft.workplaces}
            onChange={(workplaces) => update({ workplaces })}
          />
        </fieldset>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-relocate`}>Willing to relocate</label>
            <select
              id={`${id}-relocate`}
              value={draft.relocate}
              onChange={(e) => {
                const v = e.target.value;
                if (v === '' || v === 'yes' || v === 'no') update({ relocate: v });
              }}
            >
              <option value="">Not said</option>
              <option value="yes">Yes</option>
              <option value="no">No</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-travel`}>Willing to travel</label>
            <select
              id={`${id}-travel`}
              value={draft.travel}
              onChange={(e) => {
                const next = TRAVEL.find((t) => t.value === e.target.value);
                if (next) update({ travel: next.value });
              }}
            >
              {TRAVEL.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
            <FieldError id={`${id}-travel-error`} message={errors.travel} />
          </div>
          {draft.travel === 'percent' && (
            <TextField
              label="Most travel I accept (% of time)"
              inputMode="numeric"
              value={draft.travelPercent}
              onChange={(travelPercent) => update({ travelPercent })}
            />
          )}
        </div>
        <TextField
          label="Work authorization"
          hint="Countries where you can work without sponsorship: France, Ireland or FR, IE; EU for the whole EU"
          value={draft.workAuthorization}
          onChange={(workAuthorization) => update({ workAuthorization })}
          error={firstError(errors, 'workAuthorization')}
        />
      </fieldset>
      <fieldset>
        <legend>Minimum salary</legend>
        <div className="row">
          <TextField
            label="Amount"
            inputMode="decimal"
            value={draft.salaryAmount}
            onChange={(salaryAmount) => update({ salaryAmount })}
            error={errors['minSalary.amount']}
          />
          <TextField
            label="Currency"
            hint="EUR, USD, GBP…"
            value={draft.salaryCurrency}
            onChange={(salaryCurrency) => update({ salaryCurrency })}
            error={errors['minSalary.currency']}
          />
          <div className="field">
            <label htmlFor={`${id}-period`}>Period</label>
            <select
              id={`${id}-period`}
              value={draft.salaryPeriod}
              onChange={(e) => {
                const p = SalaryPeriod.safeParse(e.target.value);
                if (p.success) update({ salaryPeriod: p.data });
              }}
            >
              {SalaryPeriod.options.map((p) => (
                <option key={p} value={p}>
                  {PERIOD_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </>
  );
}
