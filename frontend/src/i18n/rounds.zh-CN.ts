// The rounds feature's texts (zh-CN, the default); rounds.en.ts must have the same keys.
const rounds = {
  title: '待补充',
};

export default rounds;
