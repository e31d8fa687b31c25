// The notifications feature's texts (zh-CN, the default); notifications.en.ts must have the same keys.
const notifications = {
  title: '待补充',
};

export default notifications;
