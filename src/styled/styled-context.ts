import { createContext, useContext } from 'react';
import { useConfirmForgotPasswordContext } from '../headless/context';
import { tokens } from '../headless/merge-props';

/** Whether the styled parts render without kit class names (`<ConfirmResetForm unstyled>`). */
export const UnstyledContext = createContext(false);

/**
 * The class-name helpers for one component. `cx(part, className)` joins the kit's `rcr-<part>`
 * (unless unstyled) with the consumer's; `slot(part, className)` is that class plus
 * `data-slot="<part>"`, for the many elements whose class and slot share a name.
 */
export function classes(unstyled: boolean) {
  const cx = (part: string, className?: string) => tokens(!unstyled && `rcr-${part}`, className);
  const slot = (part: string, className?: string) => ({ className: cx(part, className), 'data-slot': part });
  return [cx, slot] as const;
}

/** `classes` for the nearest root's setting. */
export function useClasses() {
  return classes(useContext(UnstyledContext));
}

/** Joins the kit's class for a part with the consumer's; see `classes`. */
export type ClassJoiner = ReturnType<typeof classes>[0];

/** A styled part's hook result (throwing a clear error naming `ConfirmResetForm.<part>` outside a root) and class helpers. */
export function usePart(part: string) {
  return [useConfirmForgotPasswordContext(`ConfirmResetForm.${part}`), ...useClasses()] as const;
}
