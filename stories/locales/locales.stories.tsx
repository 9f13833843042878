import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from '../support/DemoForm';
import { DEMO_USER } from '../support/demo-pool';
import { fillForm, namesFor, submit } from '../support/play';
import { CATALOGUES } from './locale-catalogues';
import '../support/stories.css';

const languageName = (tag: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/Locales',
  component: ConfirmResetFormForDocs,
  argTypes: formArgTypes,
  args: { username: DEMO_USER.username, delivery: { destination: 'a***@e***', medium: 'EMAIL' } },
  parameters: {
    docs: {
      description: {
        component:
          'Each shipped catalogue, passed as `messages` (`import ar from "react-cognito-reset/locales/ar"`). The story types a wrong code, so the translated error shows at the code field.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

/** Every tag a story below was made for; the overview checks none is missing. */
const covered = new Set<string>();

function localeStory(tag: string): Story {
  covered.add(tag);
  const messages = CATALOGUES[tag];
  if (!messages) throw new Error(`no catalogue src/i18n/locales/${tag}.ts`);
  const n = namesFor(messages);
  return {
    name: `${languageName(tag)} (${tag})`,
    // Passed in render, not as an arg: a catalogue of functions is no control.
    render: (args) => <DemoForm {...args} messages={messages} />,
    decorators: [
      (Story) => (
        <div lang={tag}>
          <Story />
        </div>
      ),
    ],
    play: async ({ canvas, canvasElement, userEvent }) => {
      const root = canvasElement.querySelector('[data-slot="root"]')!;
      await expect(root).toHaveAttribute('dir', messages.dir);
      await expect(getComputedStyle(root).direction).toBe(messages.dir);
      await expect(canvas.getByRole('heading', { name: messages.heading })).toBeVisible();
      await fillForm(canvas, userEvent, '000000', undefined, n);
      await submit(canvas, userEvent, n);
      const code = canvas.getByLabelText(n.code);
      await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
      await expect(code).toHaveAccessibleDescription(
        expect.stringContaining(messages.errors.codeMismatch as string),
      );
    },
  };
}

/** Every shipped catalogue side by side: direction, heading and the button. */
export const AllLocales: StoryObj = {
  name: 'All catalogues',
  render: () => (
    <table className="story-table">
      <caption>Catalogues in src/i18n/locales (English is built in).</caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Language</th>
          <th scope="col">Direction</th>
          <th scope="col">Heading</th>
          <th scope="col">Submit</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(CATALOGUES).map(([tag, m]) => (
          <tr key={tag} lang={tag} dir={m.dir}>
            <th scope="row" lang="en" dir="ltr">
              <code>{tag}</code>
            </th>
            <td lang="en" dir="ltr">
              {languageName(tag)}
            </td>
            <td lang="en" dir="ltr">
              {m.dir}
            </td>
            <td>{m.heading}</td>
            <td>{m.submit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async () => {
    // CSF cannot loop over named exports: this catches a catalogue added without a story.
    await expect(Object.keys(CATALOGUES).filter((tag) => !covered.has(tag))).toEqual([]);
  },
};

export const Spanish = localeStory('es');
export const French = localeStory('fr');
export const German = localeStory('de');
export const BrazilianPortuguese = localeStory('pt-BR');
export const Japanese = localeStory('ja');
export const ChineseSimplified = localeStory('zh-CN');
export const Korean = localeStory('ko');
/** Arabic: the whole form mirrors (`dir="rtl"` from the catalogue, logical CSS properties). */
export const ArabicRightToLeft = localeStory('ar');
