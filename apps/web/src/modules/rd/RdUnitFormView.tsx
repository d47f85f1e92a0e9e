import { Result, Spin } from 'antd';
import { usePageTitle } from '../../ui/page-title';
import { useLoader } from '../../ui/use-loader';
import { rdApi } from './rd.api';
import { RdUnitForm } from './RdUnitForm';

/** Loads one unit's form and shows it; the server decides who may see it (its own enterprise, or staff in scope). */
export function RdUnitFormView({ id }: { id: number }) {
  const form = useLoader(id, () => rdApi.form(id));
  usePageTitle(form.data ? `${form.data.enterpriseName} 研发经费填报表` : null);
  if (form.loading && !form.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (!form.data) return <Result status="404" title="未找到该填报表或无权查看" />;
  return <RdUnitForm key={form.data.id} initial={form.data} />;
}
