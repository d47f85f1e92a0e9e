import type { DataPart } from '../context';
import { achievementsPart } from './achievements';
import { awardsPart } from './awards';
import { commissionersPart } from './commissioners';
import { commissionerLogsPart } from './commissioner-logs';
import { cooperationPart } from './cooperation';
import { serviceEventsPart } from './service-events';
import { enterprisesPart } from './enterprises';
import { liaisonPart } from './liaison';
import { applicationsPart } from './applications';
import { qualificationsPart } from './qualifications';
import { rdPart } from './rd';
import { techPlatformsPart } from './tech-platforms';
import { techDemandBidsPart } from './tech-demand-bids';
import { techDemandsPart } from './tech-demands';
import { usersPart } from './users';
import { yearlyPart } from './yearly';

/** The dataset, part by part, in the order they run (later parts use what earlier ones made). */
export const PARTS: DataPart[] = [
  usersPart,
  enterprisesPart,
  yearlyPart,
  qualificationsPart,
  applicationsPart,
  rdPart,
  techPlatformsPart,
  achievementsPart,
  awardsPart,
  cooperationPart,
  commissionersPart,
  serviceEventsPart,
  commissionerLogsPart,
  techDemandsPart,
  techDemandBidsPart,
  liaisonPart,
];
