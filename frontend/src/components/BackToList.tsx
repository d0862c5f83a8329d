import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { listUrl } from './useListState';

/** Leads from a record back to its list with the filters, page and sort it was left with. */
export function BackToList({ path, label }: { path: string; label: string }) {
  return (
    <Link to={listUrl(path)}>
      <ArrowLeftOutlined /> {label}
    </Link>
  );
}
