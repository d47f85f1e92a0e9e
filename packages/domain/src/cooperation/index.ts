// 院地院企合作 (module cooperation): partners, agreements, projects — states, contracts. Its access declaration is
// joined in ../access.ts.
export * from './cooperation.enums';
export * from './cooperation-transitions';
export * from './cooperation-fields';
export * from './partner.contract';
export * from './agreement.contract';
export * from './coop-project.contract';
