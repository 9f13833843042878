import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import '../src/styled/styles.css';
import './preview.css';

// How long waitFor / findBy* keep checking a condition before giving up: a ceiling, never a pause.
// Testing Library's 1 s default fails a correct story on a loaded 2-core machine.
configure({ asyncUtilTimeout: 15_000 });

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // An axe violation fails the story test (addon-vitest), not just a panel warning.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Drop-in',
          ['ConfirmResetForm', 'Errors', 'Recovery', 'Composition', 'Theming', 'Locales', 'Policy editor'],
          'Live',
        ],
      },
    },
  },
};

export default preview;
