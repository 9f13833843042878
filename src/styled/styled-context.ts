import { createContext, useContext } from 'react';

/** Presentation-only settings the styled parts share. */
export interface StyledSettings {
  /** Render no kit class names at all. */
  unstyled: boolean;
}

export const StyledContext = createContext<StyledSettings | null>(null);

/** Joins the kit's class (unless unstyled) with the consumer's. */
export function useClass(part: string, className?: string): string | undefined {
  const settings = useContext(StyledContext);
  const ours = settings?.unstyled ? undefined : `rcr-${part}`;
  return [ours, className].filter(Boolean).join(' ') || undefined;
}
