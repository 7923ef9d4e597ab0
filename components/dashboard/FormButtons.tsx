/** A folded form's Save and Cancel buttons: Cancel clears the form's error and folds it again. */
export function FormButtons({
  submit,
  cancel,
  onCancel,
}: {
  submit: string;
  cancel: string;
  onCancel: () => void;
}) {
  return (
    <div className="row">
      <button type="submit" className="primary">
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
