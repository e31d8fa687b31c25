import type { Resources } from './resources';

const nominations: Resources['nominations'] = {
  title: 'To do',
};

export default nominations;
