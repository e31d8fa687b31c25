// The frameworks feature's texts (zh-CN, the default); frameworks.en.ts must have the same keys.
const frameworks = {
  title: '待补充',
};

export default frameworks;
