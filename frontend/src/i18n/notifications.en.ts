import type { Resources } from './resources';

const notifications: Resources['notifications'] = {
  title: 'To do',
};

export default notifications;
