import { defineModuleAccess } from '../platform/module-access';

/**
 * The 奖励与赛事 module's permissions, default grants and menu group. Staff manage their region's programmes,
 * nominations, competitions and entries; leaders read; an enterprise user reads its own nominations and entries.
 */
export const AWARD_ACCESS = defineModuleAccess({
  permissions: {
    'award:read': '奖励与赛事查询（管辖区划内）',
    'award:write': '奖励与赛事维护（评选、推荐、结果、大赛、参赛）',
    'award:import': '奖励与赛事 Excel 导入',
    'award:self': '本单位获奖与参赛（企业用户）',
  },
  grants: {
    staff: ['award:read', 'award:write', 'award:import'],
    leader: ['award:read'],
    enterprise: ['award:self'],
  },
  menu: {
    key: 'award',
    path: '/award',
    label: '奖励与赛事',
    labelEn: 'Awards and competitions',
    children: [
      {
        key: 'award-programmes',
        path: '/award/programmes',
        label: '奖励评选',
        labelEn: 'Award programmes',
        permission: 'award:read',
      },
      {
        key: 'award-nominations',
        path: '/award/nominations',
        label: '推荐与获奖',
        labelEn: 'Nominations and results',
        permission: 'award:read',
      },
      {
        key: 'award-competitions',
        path: '/award/competitions',
        label: '创新创业等赛事',
        labelEn: 'Competitions',
        permission: 'award:read',
      },
      {
        key: 'award-entries',
        path: '/award/entries',
        label: '参赛记录',
        labelEn: 'Competition entries',
        permission: 'award:read',
      },
      {
        key: 'award-mine',
        path: '/award/mine',
        label: '本单位获奖与参赛',
        labelEn: 'Our awards',
        permission: 'award:self',
      },
    ],
  },
  audit: {
    subjects: {
      award: '奖励与赛事',
      'award.programme': '奖励评选',
      'award.nomination': '获奖推荐',
      'award.competition': '赛事',
      'award.entry': '参赛记录',
    },
    objects: {
      award_programme: '奖励评选',
      award_nomination: '获奖推荐',
      award_competition: '赛事',
      award_entry: '参赛记录',
    },
    actions: {
      'award.entry.advance': '参赛记录：晋级',
      'award.entry.award': '参赛记录：登记奖项',
      'award.nomination.result': '获奖推荐：登记评选结果',
    },
  },
});
