import type { ArgTypes } from '@storybook/react-vite';
import { type ComponentType, useMemo } from 'react';
import { ConfirmResetForm, type ConfirmResetFormProps } from '../../src';
import { createDemoPool, type DemoPoolOptions } from './demo-pool';

/** The drop-in's props as stories pass them: the transport comes from `pool`, not from args. */
export interface DemoFormProps extends Omit<ConfirmResetFormProps, 'transport'> {
  /** How the in-memory pool behind the form behaves (latency, injected failures, limits…). */
  pool?: DemoPoolOptions;
}

/**
 * A demo pool for a story, rebuilt only when its options change, so editing a control does not
 * forget a code that was sent.
 */
export function useDemoPool(options: DemoPoolOptions) {
  const key = JSON.stringify(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key holds every plain option; functions by identity
  return useMemo(() => createDemoPool(options), [key, options.fail, options.onCode, options.now]);
}

/**
 * `<ConfirmResetForm>` on a fresh demo pool. The pool is rebuilt only when its options change, so
 * editing a control does not forget a code that was sent; its policy is the form's unless `pool`
 * names one, so the checklist and the "server" never disagree.
 */
export function DemoForm({ pool, ...props }: DemoFormProps) {
  const transport = useDemoPool({ passwordPolicy: props.passwordPolicy, ...pool });
  // Story args may set `heading` (a control) and `children` (a render) at once; the form's own types
  // keep them apart for apps (heading is rejected in compound mode).
  return <ConfirmResetForm {...({ ...props, transport } as ConfirmResetFormProps)} />;
}

/**
 * The component for `meta.component`, typed for stories whose args carry no transport. The same
 * function, so autodocs reads `<ConfirmResetForm>`'s own JSDoc and props table.
 */
export const ConfirmResetFormForDocs = ConfirmResetForm as unknown as ComponentType<DemoFormProps>;

/** Props that are no control: the transport comes from the pool, functions and nodes from the story. */
export const formArgTypes: Partial<ArgTypes<ConfirmResetFormProps & DemoFormProps>> = {
  transport: { control: false },
  children: { control: false },
  messages: { control: false },
  heading: { control: 'text' },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  pool: { table: { category: 'Story only (memory pool)' } },
};
