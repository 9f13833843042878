import { createContext, useContext } from 'react';
import { useConfirmForgotPasswordContext } from '../headless/context';
import type { ConfirmForgotPasswordResult } from '../headless/types';

/** Presentation-only settings the styled parts share. */
export interface StyledSettings {
  /** Render no kit class names at all. */
  unstyled: boolean;
}

export const StyledContext = createContext<StyledSettings | null>(null);

/**
 * The class-name joiner for one component: the kit's `rcr-<part>` (unless unstyled) plus the
 * consumer's. Reads the context once, so the joiner can be called anywhere in the render.
 */
export function useClasses(): (part: string, className?: string) => string | undefined {
  const unstyled = useContext(StyledContext)?.unstyled;
  return (part, className) =>
    [unstyled ? undefined : `rcr-${part}`, className].filter(Boolean).join(' ') || undefined;
}

/** Joins the kit's class for a part with the consumer's; see `useClasses`. */
export type ClassJoiner = ReturnType<typeof useClasses>;

/** A styled part's hook result (throwing a clear error naming `ConfirmResetForm.<part>` outside a root) and class joiner. */
export function usePart(part: string): [ConfirmForgotPasswordResult, ClassJoiner] {
  return [useConfirmForgotPasswordContext(`ConfirmResetForm.${part}`), useClasses()];
}
