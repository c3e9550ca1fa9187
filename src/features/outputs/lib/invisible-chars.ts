// Moved to src/lib/invisible-chars.ts, shared with components/safe-text.tsx (names, branches, messages).
export { codePointLabel, countInvisibleChars, invisibleKind, type InvisibleKind } from '@/lib/invisible-chars';
