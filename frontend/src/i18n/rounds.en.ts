import type { Resources } from './resources';

const rounds: Resources['rounds'] = {
  title: 'To do',
};

export default rounds;
