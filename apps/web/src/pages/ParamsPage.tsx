import { PageContainer } from '@ant-design/pro-components';
import { ParamTable } from '../modules/params/ParamTable';

export default function ParamsPage() {
  return (
    <PageContainer content="系统运行参数（审计日志保留天数、上传与导入上限、单位名称等）。安全相关参数由安全管理员在“安全策略”中维护。">
      <ParamTable basePath="/params" headerTitle="系统参数" />
    </PageContainer>
  );
}
