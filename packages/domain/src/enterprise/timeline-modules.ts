/**
 * Where an entry on an enterprise's timeline comes from, and the tag it shows: every module that writes to the
 * timeline is named here, so no entry shows a code.
 */
export const TIMELINE_MODULES = {
  enterprise: { label: '企业名录', color: 'blue' },
  import: { label: '导入', color: 'geekblue' },
  qualification: { label: '资质', color: 'green' },
  notice: { label: '公示', color: 'gold' },
  project: { label: '项目', color: 'purple' },
  rd: { label: '研发经费', color: 'cyan' },
  'tech-platform': { label: '创新平台', color: 'volcano' },
  achievement: { label: '成果登记', color: 'magenta' },
  award: { label: '奖励赛事', color: 'orange' },
  cooperation: { label: '合作', color: 'lime' },
  commissioner: { label: '科技特派员', color: 'green' },
  'service-event': { label: '服务活动', color: 'gold' },
  'foreign-expert': { label: '外国专家', color: 'cyan' },
  'tech-demand': { label: '揭榜挂帅', color: 'red' },
  liaison: { label: '干部包企业', color: 'volcano' },
} as const;
export type TimelineModule = keyof typeof TIMELINE_MODULES;
