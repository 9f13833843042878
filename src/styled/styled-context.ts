import { type CSSProperties, createContext, useContext } from 'react';
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

/**
 * Out of sight, still read by assistive technology. Behaviour, not theme: an inline style, so it
 * holds with `unstyled` and without styles.css (the hidden username field, the checklist's
 * "(not yet)", the announcers). The usual visually-hidden recipe (as in Radix's and React Aria's).
 * Styled parts add `rcr-sr-only` too, the same rule in styles.css, for server-rendered markup under
 * a CSP that blocks style attributes.
 */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};
