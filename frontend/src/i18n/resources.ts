import type zhCN from './zh-CN';

// The same tree as zh-CN with every leaf a string, so en.ts cannot miss or add a key.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Resources = Widen<typeof zhCN>;
