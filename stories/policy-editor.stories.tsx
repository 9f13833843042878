import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { normalizePasswordPolicy, type PasswordPolicy } from '../src/core';
import { en } from '../src/i18n/en';
import { DemoForm } from './support/DemoForm';
import { DEMO_CODE, DEMO_USER } from './support/demo-pool';
import { fillForm, passwordInput, submit } from './support/play';

type PolicyArgs = PasswordPolicy;

/**
 * The password policy as controls: the checklist, the client-side check and the in-memory pool
 * all follow it live, because all three derive from the one `passwordPolicy` value.
 */
const meta: Meta<PolicyArgs> = {
  title: 'Drop-in/Policy editor',
  args: normalizePasswordPolicy({ MinimumLength: 12, RequireSymbols: false }),
  argTypes: {
    minimumLength: {
      control: { type: 'range', min: 6, max: 99, step: 1 },
      description: 'Cognito’s MinimumLength (6–99)',
    },
    requireUppercase: { control: 'boolean', description: 'RequireUppercase' },
    requireLowercase: { control: 'boolean', description: 'RequireLowercase' },
    requireNumbers: { control: 'boolean', description: 'RequireNumbers' },
    requireSymbols: { control: 'boolean', description: 'RequireSymbols' },
  },
  render: (policy) => (
    <DemoForm
      username={DEMO_USER.username}
      delivery={{ destination: 'a***@e***', medium: 'EMAIL' }}
      passwordPolicy={{ ...policy }}
    />
  ),
};
export default meta;

/** Starts at 12 characters without symbols; edit the controls and the checklist changes as you type. */
export const PolicyEditor: StoryObj<PolicyArgs> = {
  name: 'Policy editor',
  play: async ({ canvas, canvasElement, userEvent }) => {
    const ids = Array.from(canvasElement.querySelectorAll('[data-rule]'), (el) =>
      el.getAttribute('data-rule'),
    );
    await expect(ids).toEqual(['minLength', 'uppercase', 'lowercase', 'number']);
    await expect(canvas.getByText(en.rules.minLength({ min: 12 }))).toBeVisible();
    // Eleven characters meet Cognito's default but not this pool: the form keeps the request back.
    await fillForm(canvas, userEvent, DEMO_CODE, 'Brandnew2Ok');
    await submit(canvas, userEvent);
    await expect(passwordInput(canvas)).toHaveAttribute('aria-invalid', 'true');
    await expect(canvasElement.querySelector('[data-rule="minLength"]')).not.toHaveAttribute('data-met');
    await userEvent.type(passwordInput(canvas), 'X');
    await expect(canvasElement.querySelector('[data-rule="minLength"]')).toHaveAttribute('data-met');
    await expect(passwordInput(canvas)).not.toHaveAttribute('aria-invalid');
  },
};
