import { useId } from 'react';
import { WORK_TEXT as T, WORKPLACE_LABELS } from '@/components/text';
import { SalaryPeriod, Workplace } from '@/lib/schema';
import { CheckboxList } from './CheckboxList';
import { type DraftSectionProps, firstError } from './draftProps';
import { FieldError } from './FieldError';
import { PERIOD_LABELS } from './labels';
import type { Travel } from './profileDraft';
import { TextField } from './TextField';

const TRAVEL: { value: Travel; label: string }[] = [
  { value: '', label: T.notSaid },
  { value: 'no', label: T.travelNone },
  { value: 'yes', label: T.travelAny },
  { value: 'percent', label: T.travelShare },
];

/** Where and how the user will work, and for how much. */
export function WorkPreferenceFields({ draft, update, errors }: DraftSectionProps) {
  const id = useId();
  return (
    <>
      <fieldset>
        <legend>{T.whereLegend}</legend>
        <TextField
          label={T.locations}
          hint={T.locationsHint}
          multiline
          value={draft.locations}
          onChange={(locations) => update({ locations })}
          error={firstError(errors, 'locations')}
        />
        <fieldset>
          <legend>{T.workModels}</legend>
          <CheckboxList
            options={Workplace.options}
            labels={WORKPLACE_LABELS}
            chosen={draft.workplaces}
            onChange={(workplaces) => update({ workplaces })}
          />
        </fieldset>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-relocate`}>{T.relocate}</label>
            <select
              id={`${id}-relocate`}
              value={draft.relocate}
              onChange={(e) => {
                const v = e.target.value;
                if (v === '' || v === 'yes' || v === 'no') update({ relocate: v });
              }}
            >
              <option value="">{T.notSaid}</option>
              <option value="yes">{T.yes}</option>
              <option value="no">{T.no}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-travel`}>{T.travel}</label>
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
            {/* With a share to give, the error sits by the share's own field. */}
            {draft.travel !== 'percent' && (
              <FieldError id={`${id}-travel-error`} message={errors.travel} />
            )}
          </div>
          {draft.travel === 'percent' && (
            <TextField
              label={T.travelPercent}
              inputMode="numeric"
              value={draft.travelPercent}
              onChange={(travelPercent) => update({ travelPercent })}
              error={errors.travel}
            />
          )}
        </div>
        <TextField
          label={T.authorization}
          hint={T.authorizationHint}
          value={draft.workAuthorization}
          onChange={(workAuthorization) => update({ workAuthorization })}
          error={firstError(errors, 'workAuthorization')}
        />
      </fieldset>
      <fieldset>
        <legend>{T.salaryLegend}</legend>
        <div className="row">
          <TextField
            label={T.amount}
            inputMode="decimal"
            value={draft.salaryAmount}
            onChange={(salaryAmount) => update({ salaryAmount })}
            error={errors['minSalary.amount']}
          />
          <TextField
            label={T.currency}
            hint={T.currencyHint}
            size={6}
            value={draft.salaryCurrency}
            onChange={(salaryCurrency) => update({ salaryCurrency })}
            error={errors['minSalary.currency']}
          />
          <div className="field">
            <label htmlFor={`${id}-period`}>{T.period}</label>
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
