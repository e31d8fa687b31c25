import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';

/** The primary "add" button in a list page's header. */
export function CreateButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** The search box and filters above a table, as one search landmark. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }} role="search">
      {children}
    </Flex>
  );
}

interface QueryLike {
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** A failed list query, with a retry; nothing while the query is fine. */
export function QueryProblem({ query }: { query: QueryLike }) {
  if (!query.isError) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
    </div>
  );
}
