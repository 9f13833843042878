import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { en } from '../../src/i18n/en';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from '../support/DemoForm';
import { DEMO_USER, WEAK_PASSWORD } from '../support/demo-pool';
import { expectCodeFieldDrawn, fillForm, names, passwordInput, submit } from '../support/play';
import '../support/stories.css';
import './retheme.css';

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/Theming',
  component: ConfirmResetFormForDocs,
  argTypes: formArgTypes,
  render: (args) => <DemoForm {...args} />,
  args: { username: DEMO_USER.username, delivery: { destination: 'a***@e***', medium: 'EMAIL' } },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

const rootOf = (el: HTMLElement) => el.querySelector<HTMLElement>('[data-slot="root"]')!;

/** `unstyled`: no kit class names at all, only `data-slot` / `data-state` / `data-*` for an app's own CSS. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvasElement.querySelector('[class*="rcr"]')).toBeNull();
    await expect(rootOf(canvasElement)).toHaveAttribute('data-state', 'idle');
    await userEvent.type(passwordInput(canvas), WEAK_PASSWORD);
    await userEvent.tab();
    await expect(canvasElement.querySelector('[data-slot="password-field"]')).toHaveAttribute(
      'data-invalid',
      '',
    );
    await expect(canvasElement.querySelector('[data-rule="lowercase"]')).toHaveAttribute('data-met', '');
  },
};

/**
 * A plain-CSS re-theme (`retheme.css` beside this story): `--rcr-*` properties for colour, font and
 * radius, `data-*` selectors for state. No `!important`: the kit's CSS sits in a cascade layer.
 */
export const PlainCssRetheme: Story = {
  name: 'Plain-CSS re-theme',
  decorators: [
    (Story) => (
      <div className="acme">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, userEvent }) => {
    const button = canvas.getByRole('button', { name: names.submit });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(109, 40, 217)');
    await expect(getComputedStyle(rootOf(canvasElement)).borderRadius).toBe('0px');
    await userEvent.type(passwordInput(canvas), WEAK_PASSWORD);
    const met = canvasElement.querySelector<HTMLElement>('[data-rule="lowercase"]')!;
    await expect(getComputedStyle(met).fontWeight).toBe('700');
  },
};

/** `theme="dark"` (data-theme) on a dark page, in its error state so the alert colours are checked too. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div className="story-dark-surface">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, userEvent }) => {
    const root = rootOf(canvasElement);
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(22, 27, 38)');
    await expectCodeFieldDrawn(canvas, canvasElement);
    await fillForm(canvas, userEvent, '000000');
    await submit(canvas, userEvent);
    await waitFor(() => expect(canvas.getByLabelText(names.code)).toHaveAttribute('aria-invalid', 'true'));
  },
};

/** 320 px wide, the narrowest phone: nothing scrolls sideways, the six code slots still fit. */
export const Narrow320: Story = {
  name: '320 px',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  decorators: [
    (Story) => (
      <div className="story-w320">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(passwordInput(canvas), WEAK_PASSWORD);
    await userEvent.tab();
    const root = rootOf(canvasElement);
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const slots = canvasElement.querySelectorAll('[data-slot="code-slot"]');
    await expect(slots).toHaveLength(6);
    const last = slots[5]!.getBoundingClientRect();
    await expect(last.right).toBeLessThanOrEqual(root.getBoundingClientRect().right);
    await expect(canvas.getByText(en.validation.passwordPolicy)).toBeVisible();
    await expectCodeFieldDrawn(canvas, canvasElement);
  },
};
