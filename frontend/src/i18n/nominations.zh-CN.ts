// The nominations feature's texts (zh-CN, the default); nominations.en.ts must have the same keys.
const nominations = {
  title: '待补充',
};

export default nominations;
