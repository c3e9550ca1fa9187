import { create } from 'zustand';

/** Whether the keyboard help overlay is open: the `?` key and the header button share it. */
export const useKeyboardHelp = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
