import type { Resources } from './resources';

const frameworks: Resources['frameworks'] = {
  title: 'To do',
};

export default frameworks;
