/** The notes on a posting's page: adding, editing and deleting them. */
export const NOTE_TEXT = {
  heading: 'Notes',
  newNote: 'New note',
  add: 'Add note',
  added: 'Note added.',
  editLabel: 'Edit note',
  save: 'Save note',
  updated: 'Note updated.',
  editedAt: (when: string) => `${when} (edited)`,
  edit: 'Edit',
  delete: 'Delete',
  deleted: 'Note deleted.',
} as const;
