import { useState } from 'react';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: number };

/** The create/edit dialog of a list page: closed, creating, or editing one record. */
export function useRecordForm() {
  const [state, setState] = useState<FormState>({ mode: 'closed' });
  return {
    open: state.mode !== 'closed',
    /** The record being edited; undefined while creating (or closed). */
    editingId: state.mode === 'edit' ? state.id : undefined,
    create: () => {
      setState({ mode: 'create' });
    },
    edit: (id: number) => {
      setState({ mode: 'edit', id });
    },
    close: () => {
      setState({ mode: 'closed' });
    },
  };
}
